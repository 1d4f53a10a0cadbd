// WellbeingKit web chat: plain JavaScript, no dependencies, no build step.
// Every text from the server is inserted with textContent (never innerHTML).
(() => {
  'use strict';
  const body = document.body;
  const base = body.dataset.base || '';
  const brand = body.dataset.brand || '';
  const params = new URLSearchParams(location.search);
  const pick = (name) => params.get(name) || undefined;
  const settings = { locale: pick('locale'), country: pick('country'), context: pick('context') };

  const ui = {
    en: {
      message: 'Message', send: 'Send', placeholder: 'Type a message…',
      note: 'This is not an emergency service. If you are in danger, call your local emergency number.',
      welcome: 'Hi, I am {brand}. How are you feeling today?',
      helplines: 'You can talk to someone right now', call: 'Call', text: 'Text', web: 'Website',
      queued: 'A person has been asked to join you.', accepted: 'A person is joining now.',
      unavailable: 'No one can join right now. The helplines here can help you at any time.',
      wait: 'Expected wait: about {n} min.', reference: 'Reference: {r}', error: 'Something went wrong. Please try again.',
    },
    ar: {
      message: 'رسالة', send: 'إرسال', placeholder: 'اكتب رسالة…',
      note: 'هذه ليست خدمة طوارئ. إذا كنت في خطر، اتصل برقم الطوارئ المحلي.',
      welcome: 'مرحبًا، أنا {brand}. كيف تشعر اليوم؟',
      helplines: 'يمكنك التحدث إلى شخص الآن', call: 'اتصال', text: 'رسالة نصية', web: 'الموقع',
      queued: 'طلبنا من شخص أن ينضم إليك.', accepted: 'شخص ينضم إليك الآن.',
      unavailable: 'لا يوجد أحد متاح الآن. يمكن لخطوط المساعدة هذه أن تساعدك في أي وقت.',
      wait: 'وقت الانتظار المتوقع: حوالي {n} دقيقة.', reference: 'المرجع: {r}', error: 'حدث خطأ. حاول مرة أخرى.',
    },
    es: {
      message: 'Mensaje', send: 'Enviar', placeholder: 'Escribe un mensaje…',
      note: 'Esto no es un servicio de emergencias. Si estás en peligro, llama al número de emergencias local.',
      welcome: 'Hola, soy {brand}. ¿Cómo te sientes hoy?',
      helplines: 'Puedes hablar con alguien ahora mismo', call: 'Llamar', text: 'SMS', web: 'Web',
      queued: 'Hemos pedido a una persona que se una.', accepted: 'Una persona se está uniendo ahora.',
      unavailable: 'Ahora nadie puede unirse. Estas líneas de ayuda pueden ayudarte en cualquier momento.',
      wait: 'Espera estimada: unos {n} min.', reference: 'Referencia: {r}', error: 'Algo salió mal. Inténtalo de nuevo.',
    },
    fr: {
      message: 'Message', send: 'Envoyer', placeholder: 'Écrivez un message…',
      note: "Ce n'est pas un service d'urgence. Si vous êtes en danger, appelez le numéro d'urgence local.",
      welcome: 'Bonjour, je suis {brand}. Comment vous sentez-vous aujourd’hui ?',
      helplines: 'Vous pouvez parler à quelqu’un maintenant', call: 'Appeler', text: 'SMS', web: 'Site web',
      queued: 'Une personne a été prévenue et va vous rejoindre.', accepted: 'Une personne vous rejoint.',
      unavailable: 'Personne ne peut vous rejoindre pour le moment. Ces lignes d’écoute peuvent vous aider à tout moment.',
      wait: 'Attente estimée : environ {n} min.', reference: 'Référence : {r}', error: 'Une erreur est survenue. Réessayez.',
    },
  };
  let strings = ui.en;

  const log = document.getElementById('wk-log');
  const quick = document.getElementById('wk-quick');
  const form = document.getElementById('wk-form');
  const input = document.getElementById('wk-input');
  const sendButton = document.getElementById('wk-send');

  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };
  const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => (values[k] ?? ''));
  const scroll = () => { log.scrollTop = log.scrollHeight; };

  function applyLocale(locale, direction) {
    const language = (locale || document.documentElement.lang || 'en').split('-')[0];
    strings = ui[language] || ui.en;
    document.documentElement.lang = locale || document.documentElement.lang;
    document.documentElement.dir = direction === 'rtl' ? 'rtl' : 'ltr';
    for (const node of document.querySelectorAll('[data-ui]')) node.textContent = strings[node.dataset.ui];
    input.placeholder = strings.placeholder;
  }

  function bubble(speaker, text, kind) {
    const node = el('div', `wk-bubble wk-${speaker}` + (kind && kind !== 'text' ? ` wk-${kind}` : ''), text);
    node.dataset.speaker = speaker;
    log.appendChild(node);
    scroll();
    return node;
  }

  function helplineCard(helplines) {
    const card = el('section', 'wk-card');
    card.setAttribute('role', 'alert');
    card.dataset.testid = 'helpline-card';
    card.appendChild(el('h2', null, strings.helplines));
    const list = el('ul');
    for (const line of helplines) {
      const item = el('li');
      item.appendChild(el('div', 'wk-line-name', line.name));
      const meta = [line.hours, line.description].filter(Boolean).join(' · ');
      if (meta) item.appendChild(el('div', 'wk-line-meta', meta));
      const actions = el('div', 'wk-line-actions');
      if (line.phone) {
        const a = el('a', null, `${strings.call} ${line.phone}`);
        a.href = 'tel:' + line.phone.replace(/[^0-9+*#]/g, '');
        actions.appendChild(a);
      }
      if (line.sms) {
        const a = el('a', 'wk-secondary', `${strings.text} ${line.sms}`);
        a.href = 'sms:' + line.sms.replace(/[^0-9+*#]/g, '');
        actions.appendChild(a);
      }
      if (line.url && /^https?:\/\//.test(line.url)) {
        const a = el('a', 'wk-secondary', strings.web);
        a.href = line.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        actions.appendChild(a);
      }
      item.appendChild(actions);
      list.appendChild(item);
    }
    card.appendChild(list);
    log.appendChild(card);
    scroll();
  }

  function handoffStatus(handoff) {
    const parts = [strings[handoff.status] || handoff.status];
    if (handoff.estimatedWaitMinutes) parts.push(format(strings.wait, { n: handoff.estimatedWaitMinutes }));
    if (handoff.reference) parts.push(format(strings.reference, { r: handoff.reference }));
    const node = el('div', 'wk-handoff', parts.join(' '));
    node.dataset.testid = 'handoff-status';
    node.dataset.status = handoff.status;
    log.appendChild(node);
    scroll();
  }

  function quickReplies(replies) {
    quick.replaceChildren();
    for (const reply of replies) {
      const button = el('button', null, reply.label);
      button.type = 'button';
      button.addEventListener('click', () => send(reply.value, reply.label));
      quick.appendChild(button);
    }
  }

  function render(reply) {
    applyLocale(reply.locale, reply.direction);
    for (const message of reply.messages) bubble('kit', message.text, message.kind);
    if (reply.helplines && reply.helplines.length) helplineCard(reply.helplines);
    if (reply.handoff) handoffStatus(reply.handoff);
    quickReplies(reply.quickReplies || []);
    body.dataset.safety = reply.safety ? 'true' : 'false';
    scroll();
  }

  function problem(details) {
    const text = details && (details.detail || details.title) ? (details.detail || details.title) : strings.error;
    const node = bubble('system', text);
    node.classList.add('wk-error');
    if (details && details.helplines && details.helplines.length) helplineCard(details.helplines);
  }

  async function send(text, label) {
    text = (text || '').trim();
    if (!text) return;
    bubble('user', label || text);
    quick.replaceChildren();
    sendButton.disabled = true;
    body.dataset.busy = 'true';
    try {
      const response = await fetch(base + '/messages', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ text, locale: settings.locale, country: settings.country, context: settings.context }),
      });
      const json = await response.json().catch(() => null);
      if (response.ok && json) render(json); else problem(json);
    } catch {
      problem(null);
    } finally {
      sendButton.disabled = false;
      body.dataset.busy = 'false';
      input.focus();
    }
  }

  async function load() {
    applyLocale(settings.locale || document.documentElement.lang, document.documentElement.dir);
    try {
      const response = await fetch(base + '/conversation', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
      if (response.ok) {
        const conversation = await response.json();
        if (!settings.locale && conversation.locale) applyLocale(conversation.locale, conversation.direction);
        for (const line of conversation.transcript) bubble(line.speaker === 'user' ? 'user' : 'kit', line.text);
        if (conversation.transcript.length === 0) bubble('kit', format(strings.welcome, { brand }));
      } else {
        problem(await response.json().catch(() => null));
      }
    } catch {
      problem(null);
    }
    body.dataset.ready = 'true';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    send(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  load();
})();
