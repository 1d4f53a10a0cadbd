// WellbeingKit web chat: plain JavaScript, no dependencies, no build step.
// Every text from the server is inserted with textContent (never innerHTML). The server has already rendered the page
// (words, helplines, conversation) so that help shows without this script; the script makes it a live chat.
(() => {
  'use strict';
  const body = document.body;
  const base = body.dataset.base || '';
  const data = (() => {
    try { return JSON.parse(document.getElementById('wk-data').textContent || '{}'); } catch { return {}; }
  })();
  let strings = data.strings || {};
  const stringsByLocale = { [data.locale || 'en']: strings };
  const pageHelplines = data.helplines || [];
  const timeout = data.timeout > 0 ? data.timeout : 10000;

  // ?locale= ?country= ?context= are checked here before they are forwarded; anything else is dropped (with a warning).
  const params = new URLSearchParams(location.search);
  const checks = {
    locale: [(v) => v.replace(/_/g, '-').toLowerCase(), /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/],
    country: [(v) => v.toUpperCase(), /^[A-Z]{2}$/],
    context: [(v) => v.toLowerCase(), /^[a-z][a-z-]{0,31}$/],
  };
  const pick = (name) => {
    const raw = (params.get(name) || '').trim();
    if (!raw) return undefined;
    const [normalise, pattern] = checks[name];
    const value = normalise(raw);
    if (pattern.test(value)) return value;
    console.warn(`WellbeingKit: ignoring ?${name}=${raw}: not a valid ${name}.`);
    return undefined;
  };
  const settings = { locale: pick('locale') || data.forwardLocale || undefined, country: pick('country'), context: pick('context') };

  const log = document.getElementById('wk-log');
  const help = document.getElementById('wk-help');
  const form = document.getElementById('wk-form');
  const input = document.getElementById('wk-input');
  const exitLink = document.getElementById('wk-exit');
  const deleteBox = document.getElementById('wk-delete');
  const deleteForm = document.getElementById('wk-delete-form');
  const deleteNo = document.getElementById('wk-delete-no');
  let quick = document.getElementById('wk-quick');
  let busy = false;
  let pinned = body.dataset.safety === 'true';

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };
  const t = (name, values) => (strings[name] || name).replace(/\{(\w+)\}/g, (_, k) => (values && values[k] !== undefined ? values[k] : ''));
  const scroll = () => { log.scrollTop = log.scrollHeight; };
  const dial = (number) => number.replace(/[^0-9+*#]/g, '');
  // A number stays left to right in any paragraph and its spaces do not break, so "116 123" never reads "123 116".
  const number = (value) => {
    const node = el('bdi', null, value.trim().replace(/ /g, '\u00a0'));
    node.dir = 'ltr';
    return node;
  };

  // Text with its spaced numbers ("116 123") isolated the same way, for bubbles and descriptions.
  const withNumbers = (text) => {
    const nodes = [];
    let last = 0;
    for (const match of text.matchAll(/\+?\d+(?: \d+)+/g)) {
      if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
      nodes.push(number(match[0]));
      last = match.index + match[0].length;
    }
    if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
    return nodes;
  };

  async function applyLocale(locale, direction) {
    if (locale && !stringsByLocale[locale]) {
      try {
        const response = await fetch(`${base}/chat/strings?locale=${encodeURIComponent(locale)}`, { credentials: 'same-origin' });
        if (response.ok) stringsByLocale[locale] = await response.json();
      } catch { /* keep the words we have */ }
    }
    if (locale && stringsByLocale[locale]) {
      strings = stringsByLocale[locale];
      document.documentElement.lang = locale;
    }
    if (direction) document.documentElement.dir = direction === 'rtl' ? 'rtl' : 'ltr';
    for (const node of document.querySelectorAll('[data-ui]')) node.textContent = t(node.dataset.ui);
    for (const node of document.querySelectorAll('[data-ui-label]')) node.setAttribute('aria-label', t(node.dataset.uiLabel));
    input.placeholder = t('placeholder');
  }

  function speaker(who) {
    return el('span', 'wk-sr', (who === 'user' ? t('you') : t('kit', { name: body.dataset.brand || '' })) + ' ');
  }

  function bubble(who, text, kind) {
    const node = el('div', `wk-bubble wk-${who}` + (kind && kind !== 'text' ? ` wk-${kind}` : ''));
    node.dataset.speaker = who;
    if (who !== 'system') node.appendChild(speaker(who));
    node.append(...withNumbers(text));
    log.insertBefore(node, quick);
    scroll();
    return node;
  }

  function notice(name, isError) {
    const node = bubble('system', t(name));
    node.dataset.testid = name === 'welcome' ? 'welcome' : 'notice';
    if (isError) node.classList.add('wk-error');
    return node;
  }

  function meta(line) {
    const parts = [];
    if ((line.topics || []).includes('directory')) parts.push(document.createTextNode(t('directory')));
    else if (line.hours) {
      if (line.hours.trim() === '24/7') parts.push(document.createTextNode(t('hours_24_7')));
      else {
        const span = el('span', null, line.hours);
        if (line.nameLang) span.lang = line.nameLang;
        parts.push(span);
      }
    }
    if (line.description) {
      const span = el('span');
      span.append(...withNumbers(line.description));
      parts.push(span);
    }
    return parts;
  }

  // The helpline card: one, pinned above the conversation, never repeated as bubbles.
  function helplineCard(helplines) {
    const card = el('section', 'wk-card');
    card.dataset.testid = 'helpline-card';
    card.setAttribute('aria-labelledby', 'wk-help-card-title');
    const head = el('div', 'wk-card-head');
    const title = el('h2', 'wk-card-title', t('helplines'));
    title.id = 'wk-help-card-title';
    title.tabIndex = -1;
    head.appendChild(title);
    // The card can be folded to its heading (it stays pinned), so a long conversation keeps room on a small screen.
    const content = el('div', 'wk-card-body');
    content.id = 'wk-help-card-body';
    const toggle = el('button', 'wk-card-toggle', t('hide'));
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'true');
    toggle.setAttribute('aria-controls', content.id);
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      toggle.textContent = t(open ? 'hide' : 'show');
      content.hidden = !open;
    });
    head.appendChild(toggle);
    card.appendChild(head);
    card.appendChild(content);
    const list = el('ul', 'wk-lines');
    for (const line of helplines) {
      const item = el('li');
      const emergency = (line.topics || []).includes('emergency');
      const name = el('div', 'wk-line-name', emergency && line.nameLang ? t('emergency_services') : line.name);
      if (line.nameLang && !emergency) name.lang = line.nameLang;
      item.appendChild(name);
      const parts = meta(line);
      if (parts.length) {
        const metaNode = el('div', 'wk-line-meta');
        parts.forEach((part, i) => { if (i) metaNode.appendChild(document.createTextNode(' · ')); metaNode.appendChild(part); });
        item.appendChild(metaNode);
      }
      const actions = el('div', 'wk-line-actions');
      if (line.phone) {
        const a = el('a', null, t('call') + ' ');
        a.href = 'tel:' + dial(line.phone);
        a.appendChild(number(line.phone));
        actions.appendChild(a);
      }
      if (line.sms) {
        const a = el('a', 'wk-secondary', t('text') + ' ');
        a.href = 'sms:' + dial(line.sms);
        a.appendChild(number(line.sms));
        actions.appendChild(a);
      }
      if (line.url && /^https?:\/\//.test(line.url)) {
        const a = el('a', 'wk-secondary', t('website'));
        a.href = line.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.appendChild(el('span', 'wk-sr', ' ' + t('new_tab')));
        actions.appendChild(a);
      }
      item.appendChild(actions);
      list.appendChild(item);
    }
    content.appendChild(list);
    const emergencyNumber = (helplines.find((h) => (h.topics || []).includes('emergency') && h.phone) || {}).phone || data.emergency;
    const footer = el('p', 'wk-emergency');
    if (emergencyNumber) {
      const [before, after] = t('emergency').split('{number}');
      footer.appendChild(document.createTextNode(before || ''));
      const a = el('a');
      a.href = 'tel:' + dial(emergencyNumber);
      a.appendChild(number(emergencyNumber));
      footer.appendChild(a);
      footer.appendChild(document.createTextNode(after || ''));
    } else {
      footer.textContent = t('emergency_local');
    }
    content.appendChild(footer);
    return card;
  }

  function pin(helplines) {
    if (!helplines || !helplines.length) {
      help.replaceChildren();
      pinned = false;
    } else {
      help.replaceChildren(helplineCard(helplines));
      pinned = true;
    }
    body.dataset.safety = pinned ? 'true' : 'false';
  }

  function focusCard() {
    const title = document.getElementById('wk-help-card-title');
    if (!title) return;
    title.focus({ preventScroll: true });
    help.scrollIntoView({ block: 'start' });
  }

  // The safety plan (reply.safetyPlan): a card in the conversation, each section a heading and a list.
  function safetyPlanCard(plan) {
    const card = el('section', 'wk-plan');
    card.dataset.testid = 'safety-plan-card';
    const title = el('h2', 'wk-plan-title', plan.title || t('safety_plan'));
    title.id = 'wk-plan-' + log.querySelectorAll('.wk-plan').length;
    card.setAttribute('aria-labelledby', title.id);
    card.appendChild(title);
    for (const section of plan.sections || []) {
      const part = el('div', 'wk-plan-section');
      part.dataset.key = section.key || '';
      part.appendChild(el('h3', null, section.title || ''));
      const list = el('ul');
      for (const item of section.items || []) list.appendChild(el('li', null, item));
      part.appendChild(list);
      card.appendChild(part);
    }
    log.insertBefore(card, quick);
    return card;
  }

  function handoffStatus(handoff) {
    const parts = [strings[handoff.status] || handoff.status];
    if (handoff.estimatedWaitMinutes) parts.push(t('wait', { n: handoff.estimatedWaitMinutes }));
    if (handoff.reference) parts.push(t('reference', { r: handoff.reference }));
    const node = el('p', 'wk-handoff', parts.join(' '));
    node.dataset.testid = 'handoff-status';
    node.dataset.status = handoff.status;
    log.insertBefore(node, quick);
  }

  // Quick replies live inside the announced log, after the messages they answer.
  function quickReplies(replies) {
    const group = el('div', 'wk-quick');
    group.id = 'wk-quick';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', t('quick'));
    for (const reply of replies) {
      const button = el('button', null, reply.label);
      button.type = 'button';
      button.addEventListener('click', () => send(reply.value, reply.label, button));
      group.appendChild(button);
    }
    quick.replaceWith(group);
    quick = group;
  }

  async function render(reply, fromQuick) {
    const wasPinned = pinned;
    await applyLocale(reply.locale, reply.direction);
    const helplines = reply.helplines || [];
    // The card first (pinned), then the messages, without the ones that only list the helplines again.
    if (helplines.length) pin(helplines);
    // The plan's sections come as text too (for SMS and terminals): here the card shows them, once.
    const planCard = reply.safetyPlan && Array.isArray(reply.safetyPlan.sections);
    for (const message of reply.messages || []) {
      if (helplines.length && message.kind === 'helplines') continue;
      if (planCard && message.kind === 'safety-plan') continue;
      bubble('kit', message.text, message.kind);
    }
    if (planCard) safetyPlanCard(reply.safetyPlan);
    if (reply.handoff) handoffStatus(reply.handoff);
    quickReplies(reply.quickReplies || []);
    body.dataset.safety = pinned ? 'true' : 'false';
    const crisis = helplines.length && reply.safety && (!wasPinned || (reply.risk && reply.risk.level && reply.risk.level !== 'none'));
    if (crisis) focusCard();
    else if (fromQuick) (quick.querySelector('button') || input).focus();
    scroll();
  }

  // Whatever failed (network, time-out, server), the helplines rendered into the page are shown.
  function offline(text) {
    notice('offline', true);
    if (!pinned) pin(pageHelplines);
    if (text !== undefined) input.value = text;
  }

  function problem(details, text) {
    const node = bubble('system', details && (details.detail || details.title) ? (details.detail || details.title) : t('error'));
    node.classList.add('wk-error');
    node.dataset.testid = 'notice';
    const helplines = details && details.helplines && details.helplines.length ? details.helplines : null;
    if (helplines || !pinned) pin(helplines || pageHelplines);
    if (text !== undefined) input.value = text;
  }

  function setBusy(on) {
    busy = on;
    body.dataset.busy = on ? 'true' : 'false';
    log.setAttribute('aria-busy', on ? 'true' : 'false');
    for (const button of quick.querySelectorAll('button')) button.setAttribute('aria-disabled', on ? 'true' : 'false');
  }

  async function send(text, label, fromButton) {
    text = (text || '').trim();
    if (!text || busy) return;
    const typed = fromButton ? undefined : input.value;
    const mine = bubble('user', label || text);
    if (!fromButton) input.value = '';
    setBusy(true);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      if (navigator.onLine === false) throw new Error('offline');
      const response = await fetch(base + '/messages', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ text, locale: settings.locale, country: settings.country, context: settings.context }),
        signal: controller.signal,
      });
      const json = await response.json().catch(() => null);
      clearTimeout(timer);
      setBusy(false);
      if (response.ok && json) await render(json, Boolean(fromButton));
      else problem(json, typed);
    } catch {
      clearTimeout(timer);
      setBusy(false);
      mine.remove();
      offline(typed);
    }
  }

  async function load() {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      const response = await fetch(base + '/conversation', { credentials: 'same-origin', headers: { 'Accept': 'application/json' }, signal: controller.signal });
      const conversation = await response.json().catch(() => null);
      if (response.ok && conversation) {
        if (!pick('locale') && conversation.locale) await applyLocale(conversation.locale, conversation.direction);
        for (const node of [...log.children]) if (node !== quick) node.remove();
        pin(conversation.helplines || []);
        for (const line of conversation.transcript || []) bubble(line.speaker === 'user' ? 'user' : 'kit', line.text);
        if (!(conversation.transcript || []).length) notice('welcome');
      } else {
        problem(conversation);
      }
    } catch {
      offline();
    } finally {
      clearTimeout(timer);
    }
    body.dataset.ready = 'true';
  }

  // Quick exit: clear what is on screen, replace this page in the history, go to a neutral page.
  function exit(event) {
    if (event) event.preventDefault();
    log.replaceChildren();
    help.replaceChildren();
    input.value = '';
    document.title = '';
    location.replace(exitLink.href);
  }
  let shifts = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = Date.now();
    shifts = shifts.filter((at) => now - at < 5000).concat(now);
    if (shifts.length >= 3) exit();
  });
  exitLink.addEventListener('click', exit);

  // "My progress": the mood chart (an accessible SVG from the insights endpoint), loaded when opened.
  const progressBox = document.getElementById('wk-progress');
  const chartBox = document.getElementById('wk-chart');
  if (progressBox && chartBox) {
    progressBox.addEventListener('toggle', async () => {
      if (!progressBox.open) return;
      try {
        const query = settings.locale ? `?locale=${encodeURIComponent(settings.locale)}` : '';
        const response = await fetch(base + '/insights/mood.svg' + query, { credentials: 'same-origin', headers: { 'Accept': 'image/svg+xml' } });
        if (!response.ok) throw new Error(String(response.status));
        const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
        if (svg.nodeName !== 'svg') throw new Error('not an svg');
        chartBox.replaceChildren(document.importNode(svg, true));
      } catch {
        chartBox.replaceChildren(el('p', null, t('error')));
      }
    });
  }

  // "Delete my conversation": the page's own confirmation, then the erase endpoint.
  deleteNo.hidden = false;
  deleteNo.addEventListener('click', () => { deleteBox.open = false; deleteBox.querySelector('summary').focus(); });
  deleteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const response = await fetch(base + '/data', { method: 'DELETE', credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      for (const node of [...log.children]) if (node !== quick) node.remove();
      quickReplies([]);
      pin([]);
      deleteBox.open = false;
      notice('deleted');
      input.focus();
    } catch {
      notice('error', true);
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  load();
})();
