using WellbeingKit.Content;

namespace WellbeingKit.Care;

/// <summary>
/// What care between conversations says (check-ins, practice follow-up, noticing a change, peer support), in English,
/// Spanish, French and Arabic. A pack overrides any text, or adds a locale, by defining the same key in
/// <c>messages/&lt;locale&gt;.yaml</c>. Keys ending in <c>.match</c> are typed phrases separated by <c>|</c>; a phrase written
/// <c>=phrase</c> counts only as the whole message.
/// </summary>
internal static class CareTexts
{
    /// <summary>Typed phrases that stop check-ins.</summary>
    public const string StopMatch = "care.stop.match";

    /// <summary>Typed phrases that pause check-ins for a week.</summary>
    public const string PauseMatch = "care.pause.match";

    /// <summary>Typed phrases that start (or resume) check-ins.</summary>
    public const string StartMatch = "care.start.match";

    /// <summary>Typed phrases that ask for the user's progress.</summary>
    public const string InsightsMatch = "care.insights.match";

    /// <summary>Typed phrases that ask for a peer supporter.</summary>
    public const string PeerMatch = "care.peer.match";

    /// <summary>Typed phrases that withdraw consent to alerts.</summary>
    public const string RevokeMatch = "care.consent.revoke.match";

    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["care.chart.title"] = "Your mood, week by week",
            ["care.chart.desc"] = "Average mood from 1 (very low) to 5 (very good) for each of the last {weeks} weeks.",
            ["care.chart.week"] = "Week of {date}: {mood} ({count} check-ins)",
            ["care.chart.no_week"] = "Week of {date}: no check-ins",
            ["care.unavailable"] = "Check-ins aren't available here yet, sorry.",
            ["care.later"] = "Okay. I'm here whenever you'd like to talk.",
            [StopMatch] = "stop check-ins | stop check ins | stop checkins | stop checking in | stop the check-ins | no more check-ins | unsubscribe check-ins",
            [PauseMatch] = "pause check-ins | pause check ins | pause checkins | pause the check-ins",
            [StartMatch] = "start check-ins | start check ins | start checkins | resume check-ins | resume check ins | turn on check-ins | check in with me | check in on me",
            [InsightsMatch] = "my progress | show my progress | =progress | =insights | how am i doing | my mood chart",
            [PeerMatch] = "peer support | peer supporter | talk to a peer | someone who has been through it | someone who's been through it",
            [RevokeMatch] = "stop sharing | stop sharing my scores | don't share my scores | withdraw consent",
            ["care.stopped"] = "Okay, I've stopped the check-ins. If you'd like them back, type \"start check-ins\".",
            ["care.paused"] = "Okay, check-ins are paused for a week. Type \"start check-ins\" to bring them back sooner.",
            ["care.started"] = "I'll check in with you at {time} ({zone}). Type \"pause check-ins\" or \"stop check-ins\" at any time.",
            ["care.not_started"] = "You don't have check-ins at the moment. Type \"start check-ins\" if you'd like them.",
            ["care.checkin.open"] = "Hi, it's {brand}, checking in as you asked. How are you today?",
            ["care.checkin.option_go"] = "Check in",
            ["care.checkin.option_later"] = "Not now",
            ["care.practice.ask"] = "Last time you tried \"{exercise}\". Did you get a chance to practise it? How did it go?",
            ["care.practice.option_helped"] = "It helped",
            ["care.practice.option_some"] = "A little",
            ["care.practice.option_not"] = "Not really",
            ["care.practice.option_skipped"] = "I didn't try",
            ["care.practice.helped.match"] = "it helped | helped | really helped | it was good | good | great",
            ["care.practice.some.match"] = "a little | a bit | sort of | kind of | somewhat",
            ["care.practice.not.match"] = "not really | it didn't help | didn't help | no | not at all",
            ["care.practice.skipped.match"] = "i didn't try | didn't try | i didn't | no time | forgot | i forgot",
            ["care.practice.thanks"] = "Thank you for telling me. I'll keep that in mind when I suggest something.",
            ["care.change.score"] = "Your {questionnaire} score is {score} now, up from {previous} last time. That is more than everyday ups and downs, so I wanted to mention it.",
            ["care.change.wellbeing"] = "Your {questionnaire} score is {score} now, down from {previous} last time. That is more than everyday ups and downs, so I wanted to mention it.",
            ["care.change.band"] = "Your answers now fall in the \"{band}\" range.",
            ["care.change.mood"] = "Your mood check-ins have been lower over the last {days} days.",
            ["care.change.offer"] = "It can help to talk it through with a person. Would you like me to find someone for you?",
            ["care.change.repeat"] = "If you like, we can do the questionnaire again in a week to see how things are going.",
            ["care.option_person"] = "Talk to a person",
            ["care.option_not_now"] = "Not now",
            ["care.support.self-help"] = "Short exercises you can do on your own are a good fit right now.",
            ["care.support.guided-self-help"] = "Exercises with some guidance from a person could help right now.",
            ["care.support.person"] = "Talking with a trained person is a good next step.",
            ["care.consent.ask"] = "Your programme has a counsellor who can look at your scores (only the numbers, never what you write). Would you like me to tell them when your scores get worse? You can change your mind at any time by typing \"stop sharing\".",
            ["care.consent.option_yes"] = "Yes, tell them",
            ["care.consent.option_no"] = "No, thanks",
            ["care.consent.given"] = "Thank you. I'll share only your scores with the counsellor when they get worse. Type \"stop sharing\" at any time.",
            ["care.consent.declined"] = "That's fine. Nothing leaves this chat.",
            ["care.consent.revoked"] = "Done: I won't share your scores with anyone.",
            ["care.alert.sent"] = "I've let the counsellor know your scores (nothing you wrote). They may get in touch.",
            ["care.insights.title"] = "Your progress",
            ["care.insights.mood"] = "Mood, week by week (1 to 5): {moods}",
            ["care.insights.score"] = "{questionnaire}: {score} ({band}) on {date}",
            ["care.insights.exercise"] = "{exercise}: {times} times, rated {rating} of 5",
            ["care.insights.themes"] = "What your journal touched on: {themes}",
            ["care.insights.empty"] = "There's nothing to show yet. Check-ins, questionnaires and exercises will appear here over time.",
            ["care.peer.found"] = "{name} is a trained peer supporter who has been through something similar. I've asked them to get in touch with you here.",
            ["care.peer.none"] = "No peer supporter is free right now. Would you like to talk to someone from the team instead?",
            ["care.peer.counsellor"] = "Right now I think a counsellor is the best person to talk to, so I've asked one to join. The services below are there too.",
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            ["care.chart.title"] = "Tu ánimo, semana a semana",
            ["care.chart.desc"] = "Ánimo medio de 1 (muy bajo) a 5 (muy bueno) en cada una de las últimas {weeks} semanas.",
            ["care.chart.week"] = "Semana del {date}: {mood} ({count} registros)",
            ["care.chart.no_week"] = "Semana del {date}: sin registros",
            ["care.unavailable"] = "Lo siento, aquí todavía no hay mensajes de seguimiento.",
            ["care.later"] = "De acuerdo. Aquí estoy cuando quieras hablar.",
            [StopMatch] = "parar los mensajes de seguimiento | parar seguimiento | dejar el seguimiento | no más seguimientos | parar check-ins | stop check-ins | detener seguimiento",
            [PauseMatch] = "pausar seguimiento | pausar los mensajes de seguimiento | pausar check-ins",
            [StartMatch] = "activar seguimiento | empezar seguimiento | reanudar seguimiento | iniciar check-ins | empezar check-ins",
            [InsightsMatch] = "mi progreso | ver mi progreso | =progreso | cómo voy",
            [PeerMatch] = "apoyo entre pares | hablar con un par | alguien que haya pasado por lo mismo",
            [RevokeMatch] = "dejar de compartir | no compartas mis resultados | retirar consentimiento",
            ["care.stopped"] = "De acuerdo, he parado los mensajes de seguimiento. Si quieres que vuelvan, escribe \"activar seguimiento\".",
            ["care.paused"] = "De acuerdo, el seguimiento queda en pausa una semana. Escribe \"activar seguimiento\" para retomarlo antes.",
            ["care.started"] = "Te escribiré a las {time} ({zone}). Escribe \"pausar seguimiento\" o \"parar seguimiento\" cuando quieras.",
            ["care.not_started"] = "Ahora no tienes mensajes de seguimiento. Escribe \"activar seguimiento\" si los quieres.",
            ["care.checkin.open"] = "Hola, soy {brand}. Te escribo como me pediste. ¿Cómo estás hoy?",
            ["care.checkin.option_go"] = "Contarte cómo estoy",
            ["care.checkin.option_later"] = "Ahora no",
            ["care.practice.ask"] = "La última vez probaste \"{exercise}\". ¿Pudiste practicarlo? ¿Qué tal te fue?",
            ["care.practice.option_helped"] = "Me ayudó",
            ["care.practice.option_some"] = "Un poco",
            ["care.practice.option_not"] = "No mucho",
            ["care.practice.option_skipped"] = "No lo probé",
            ["care.practice.helped.match"] = "me ayudó | ayudó | bien | muy bien",
            ["care.practice.some.match"] = "un poco | algo | más o menos",
            ["care.practice.not.match"] = "no mucho | no me ayudó | no | nada",
            ["care.practice.skipped.match"] = "no lo probé | no lo hice | no tuve tiempo | se me olvidó",
            ["care.practice.thanks"] = "Gracias por contármelo. Lo tendré en cuenta cuando te sugiera algo.",
            ["care.change.score"] = "Tu resultado de {questionnaire} es ahora {score}; la última vez fue {previous}. Es más que un altibajo normal, por eso quería comentártelo.",
            ["care.change.wellbeing"] = "Tu resultado de {questionnaire} es ahora {score}; la última vez fue {previous}. Es más que un altibajo normal, por eso quería comentártelo.",
            ["care.change.band"] = "Tus respuestas están ahora en el rango \"{band}\".",
            ["care.change.mood"] = "Tu estado de ánimo ha estado más bajo en los últimos {days} días.",
            ["care.change.offer"] = "Hablarlo con una persona puede ayudar. ¿Quieres que busque a alguien para ti?",
            ["care.change.repeat"] = "Si quieres, podemos repetir el cuestionario dentro de una semana para ver cómo va.",
            ["care.option_person"] = "Hablar con una persona",
            ["care.option_not_now"] = "Ahora no",
            ["care.support.self-help"] = "Ahora te pueden venir bien ejercicios cortos que puedes hacer por tu cuenta.",
            ["care.support.guided-self-help"] = "Ahora te podrían ayudar ejercicios con algo de acompañamiento de una persona.",
            ["care.support.person"] = "Hablar con una persona formada es un buen siguiente paso.",
            ["care.consent.ask"] = "Tu programa tiene un orientador que puede ver tus resultados (solo los números, nunca lo que escribes). ¿Quieres que le avise si tus resultados empeoran? Puedes cambiar de idea cuando quieras escribiendo \"dejar de compartir\".",
            ["care.consent.option_yes"] = "Sí, avísale",
            ["care.consent.option_no"] = "No, gracias",
            ["care.consent.given"] = "Gracias. Solo compartiré tus resultados con el orientador si empeoran. Escribe \"dejar de compartir\" cuando quieras.",
            ["care.consent.declined"] = "De acuerdo. Nada sale de este chat.",
            ["care.consent.revoked"] = "Hecho: no compartiré tus resultados con nadie.",
            ["care.alert.sent"] = "He avisado al orientador de tus resultados (nada de lo que escribiste). Puede que se ponga en contacto contigo.",
            ["care.insights.title"] = "Tu progreso",
            ["care.insights.mood"] = "Ánimo, semana a semana (de 1 a 5): {moods}",
            ["care.insights.score"] = "{questionnaire}: {score} ({band}) el {date}",
            ["care.insights.exercise"] = "{exercise}: {times} veces, valorado con {rating} de 5",
            ["care.insights.themes"] = "Temas de tu diario: {themes}",
            ["care.insights.empty"] = "Todavía no hay nada que mostrar. Aquí irán apareciendo tus registros, cuestionarios y ejercicios.",
            ["care.peer.found"] = "{name} es una persona de apoyo formada que ha pasado por algo parecido. Le he pedido que se ponga en contacto contigo aquí.",
            ["care.peer.none"] = "Ahora no hay nadie de apoyo entre pares disponible. ¿Quieres hablar con alguien del equipo?",
            ["care.peer.counsellor"] = "Ahora mismo creo que lo mejor es hablar con un orientador, así que le he pedido a uno que se una. Los servicios de abajo también están para ti.",
        },
        ["fr"] = new(StringComparer.Ordinal)
        {
            ["care.chart.title"] = "Votre humeur, semaine par semaine",
            ["care.chart.desc"] = "Humeur moyenne de 1 (très basse) à 5 (très bonne) pour chacune des {weeks} dernières semaines.",
            ["care.chart.week"] = "Semaine du {date} : {mood} ({count} points du jour)",
            ["care.chart.no_week"] = "Semaine du {date} : aucun point du jour",
            ["care.unavailable"] = "Désolé, les messages de suivi ne sont pas encore disponibles ici.",
            ["care.later"] = "D'accord. Je suis là quand vous voulez parler.",
            [StopMatch] = "arrêter les messages de suivi | arrêter le suivi | plus de suivi | stop suivi | arrêter les check-ins | stop check-ins",
            [PauseMatch] = "mettre le suivi en pause | pause suivi | suspendre le suivi | pause check-ins",
            [StartMatch] = "activer le suivi | reprendre le suivi | démarrer le suivi | commencer le suivi | activer les check-ins",
            [InsightsMatch] = "mes progrès | voir mes progrès | =progrès | où j'en suis",
            [PeerMatch] = "soutien par les pairs | parler à un pair | quelqu'un qui est passé par là",
            [RevokeMatch] = "arrêter le partage | ne partage pas mes résultats | retirer mon accord",
            ["care.stopped"] = "D'accord, j'ai arrêté les messages de suivi. Pour les réactiver, écrivez \"activer le suivi\".",
            ["care.paused"] = "D'accord, le suivi est en pause pour une semaine. Écrivez \"activer le suivi\" pour le reprendre plus tôt.",
            ["care.started"] = "Je prendrai de vos nouvelles à {time} ({zone}). Écrivez \"pause suivi\" ou \"arrêter le suivi\" à tout moment.",
            ["care.not_started"] = "Vous n'avez pas de messages de suivi pour l'instant. Écrivez \"activer le suivi\" si vous en voulez.",
            ["care.checkin.open"] = "Bonjour, c'est {brand}. Je prends de vos nouvelles comme vous l'avez demandé. Comment allez-vous aujourd'hui ?",
            ["care.checkin.option_go"] = "Faire le point",
            ["care.checkin.option_later"] = "Pas maintenant",
            ["care.practice.ask"] = "La dernière fois, vous avez essayé « {exercise} ». Avez-vous pu vous entraîner ? Comment ça s'est passé ?",
            ["care.practice.option_helped"] = "Ça m'a aidé",
            ["care.practice.option_some"] = "Un peu",
            ["care.practice.option_not"] = "Pas vraiment",
            ["care.practice.option_skipped"] = "Je n'ai pas essayé",
            ["care.practice.helped.match"] = "ça m'a aidé | ca m'a aide | aidé | bien | très bien",
            ["care.practice.some.match"] = "un peu | un petit peu | plus ou moins",
            ["care.practice.not.match"] = "pas vraiment | ça n'a pas aidé | non | pas du tout",
            ["care.practice.skipped.match"] = "je n'ai pas essayé | pas essayé | pas eu le temps | j'ai oublié",
            ["care.practice.thanks"] = "Merci de me le dire. J'en tiendrai compte pour mes prochaines suggestions.",
            ["care.change.score"] = "Votre score {questionnaire} est maintenant de {score}, contre {previous} la dernière fois. C'est plus qu'un simple hauts et bas, alors je voulais vous en parler.",
            ["care.change.wellbeing"] = "Votre score {questionnaire} est maintenant de {score}, contre {previous} la dernière fois. C'est plus qu'un simple hauts et bas, alors je voulais vous en parler.",
            ["care.change.band"] = "Vos réponses se situent maintenant dans la plage « {band} ».",
            ["care.change.mood"] = "Votre humeur a été plus basse ces {days} derniers jours.",
            ["care.change.offer"] = "En parler avec une personne peut aider. Voulez-vous que je trouve quelqu'un pour vous ?",
            ["care.change.repeat"] = "Si vous voulez, nous pouvons refaire le questionnaire dans une semaine pour voir comment ça évolue.",
            ["care.option_person"] = "Parler à une personne",
            ["care.option_not_now"] = "Pas maintenant",
            ["care.support.self-help"] = "De courts exercices à faire seul·e peuvent bien convenir en ce moment.",
            ["care.support.guided-self-help"] = "Des exercices accompagnés par une personne pourraient aider en ce moment.",
            ["care.support.person"] = "Parler avec une personne formée est une bonne prochaine étape.",
            ["care.consent.ask"] = "Votre programme a un conseiller qui peut voir vos scores (seulement les chiffres, jamais ce que vous écrivez). Voulez-vous que je le prévienne si vos scores s'aggravent ? Vous pouvez changer d'avis à tout moment en écrivant « arrêter le partage ».",
            ["care.consent.option_yes"] = "Oui, prévenez-le",
            ["care.consent.option_no"] = "Non, merci",
            ["care.consent.given"] = "Merci. Je ne partagerai que vos scores avec le conseiller, s'ils s'aggravent. Écrivez « arrêter le partage » à tout moment.",
            ["care.consent.declined"] = "D'accord. Rien ne sort de cette conversation.",
            ["care.consent.revoked"] = "C'est fait : je ne partagerai vos scores avec personne.",
            ["care.alert.sent"] = "J'ai transmis vos scores au conseiller (rien de ce que vous avez écrit). Il pourra vous contacter.",
            ["care.insights.title"] = "Vos progrès",
            ["care.insights.mood"] = "Humeur, semaine par semaine (de 1 à 5) : {moods}",
            ["care.insights.score"] = "{questionnaire} : {score} ({band}) le {date}",
            ["care.insights.exercise"] = "{exercise} : {times} fois, noté {rating} sur 5",
            ["care.insights.themes"] = "Les thèmes de votre journal : {themes}",
            ["care.insights.empty"] = "Il n'y a encore rien à montrer. Vos points du jour, questionnaires et exercices apparaîtront ici.",
            ["care.peer.found"] = "{name} est une personne de soutien formée qui a vécu quelque chose de semblable. Je lui ai demandé de vous contacter ici.",
            ["care.peer.none"] = "Aucune personne de soutien n'est disponible pour l'instant. Voulez-vous parler à quelqu'un de l'équipe ?",
            ["care.peer.counsellor"] = "En ce moment, je pense qu'un conseiller est la meilleure personne à qui parler, alors j'en ai demandé un. Les services ci-dessous sont aussi là pour vous.",
        },
        ["ar"] = new(StringComparer.Ordinal)
        {
            ["care.chart.title"] = "مزاجك أسبوعًا بأسبوع",
            ["care.chart.desc"] = "متوسط المزاج من 1 (منخفض جدًا) إلى 5 (جيد جدًا) لكل أسبوع من الأسابيع الـ{weeks} الماضية.",
            ["care.chart.week"] = "أسبوع {date}: {mood} ({count} تسجيلات)",
            ["care.chart.no_week"] = "أسبوع {date}: لا تسجيلات",
            ["care.unavailable"] = "عذرًا، رسائل المتابعة غير متاحة هنا بعد.",
            ["care.later"] = "حسنًا. أنا هنا متى أردت التحدث.",
            [StopMatch] = "أوقف المتابعة | إيقاف المتابعة | لا أريد رسائل المتابعة | أوقف رسائل المتابعة | stop check-ins",
            [PauseMatch] = "أوقف المتابعة مؤقتا | إيقاف مؤقت للمتابعة | أجل المتابعة",
            [StartMatch] = "ابدأ المتابعة | تشغيل المتابعة | استئناف المتابعة | تابع معي",
            [InsightsMatch] = "تقدمي | أرني تقدمي | كيف حالي مع الوقت",
            [PeerMatch] = "دعم الأقران | التحدث مع شخص مر بتجربة مشابهة | شخص مر بنفس التجربة",
            [RevokeMatch] = "أوقف المشاركة | لا تشارك نتائجي | سحب الموافقة",
            ["care.stopped"] = "حسنًا، أوقفت رسائل المتابعة. إذا أردت عودتها، اكتب \"ابدأ المتابعة\".",
            ["care.paused"] = "حسنًا، المتابعة متوقفة لمدة أسبوع. اكتب \"ابدأ المتابعة\" لاستئنافها قبل ذلك.",
            ["care.started"] = "سأطمئن عليك في الساعة {time} ({zone}). اكتب \"أوقف المتابعة مؤقتا\" أو \"أوقف المتابعة\" في أي وقت.",
            ["care.not_started"] = "ليست لديك رسائل متابعة الآن. اكتب \"ابدأ المتابعة\" إذا أردتها.",
            ["care.checkin.open"] = "مرحبًا، أنا {brand}. أطمئن عليك كما طلبت. كيف حالك اليوم؟",
            ["care.checkin.option_go"] = "لنطمئن",
            ["care.checkin.option_later"] = "ليس الآن",
            ["care.practice.ask"] = "جربت في المرة الماضية \"{exercise}\". هل سنحت لك فرصة للتمرن عليه؟ كيف كان؟",
            ["care.practice.option_helped"] = "ساعدني",
            ["care.practice.option_some"] = "قليلًا",
            ["care.practice.option_not"] = "ليس حقًا",
            ["care.practice.option_skipped"] = "لم أجربه",
            ["care.practice.helped.match"] = "ساعدني | نعم ساعدني | جيد | ممتاز",
            ["care.practice.some.match"] = "قليلا | قليلًا | نوعا ما",
            ["care.practice.not.match"] = "ليس حقا | لم يساعدني | لا | أبدا",
            ["care.practice.skipped.match"] = "لم أجربه | لم أجرب | لم يكن لدي وقت | نسيت",
            ["care.practice.thanks"] = "شكرًا لإخباري. سآخذ ذلك في الحسبان عندما أقترح عليك شيئًا.",
            ["care.change.score"] = "نتيجتك في {questionnaire} الآن {score}، وكانت {previous} في المرة الماضية. هذا أكثر من تقلبات الأيام العادية، لذلك أردت أن أذكره.",
            ["care.change.wellbeing"] = "نتيجتك في {questionnaire} الآن {score}، وكانت {previous} في المرة الماضية. هذا أكثر من تقلبات الأيام العادية، لذلك أردت أن أذكره.",
            ["care.change.band"] = "إجاباتك الآن ضمن نطاق \"{band}\".",
            ["care.change.mood"] = "كان مزاجك أدنى خلال الأيام الـ{days} الماضية.",
            ["care.change.offer"] = "قد يساعدك الحديث مع شخص. هل تريد أن أجد لك أحدًا؟",
            ["care.change.repeat"] = "إذا أردت، يمكننا إعادة الاستبيان بعد أسبوع لنرى كيف تسير الأمور.",
            ["care.option_person"] = "التحدث مع شخص",
            ["care.option_not_now"] = "ليس الآن",
            ["care.support.self-help"] = "تمارين قصيرة تقوم بها بنفسك قد تناسبك الآن.",
            ["care.support.guided-self-help"] = "تمارين مع بعض التوجيه من شخص قد تساعدك الآن.",
            ["care.support.person"] = "التحدث مع شخص مدرَّب خطوة جيدة تالية.",
            ["care.consent.ask"] = "في برنامجك مرشد يمكنه الاطلاع على نتائجك (الأرقام فقط، وليس ما تكتبه أبدًا). هل تريد أن أخبره إذا ساءت نتائجك؟ يمكنك تغيير رأيك في أي وقت بكتابة \"أوقف المشاركة\".",
            ["care.consent.option_yes"] = "نعم، أخبره",
            ["care.consent.option_no"] = "لا، شكرًا",
            ["care.consent.given"] = "شكرًا لك. لن أشارك مع المرشد إلا نتائجك إذا ساءت. اكتب \"أوقف المشاركة\" في أي وقت.",
            ["care.consent.declined"] = "لا بأس. لن يخرج شيء من هذه المحادثة.",
            ["care.consent.revoked"] = "تم: لن أشارك نتائجك مع أحد.",
            ["care.alert.sent"] = "أخبرت المرشد بنتائجك (وليس بأي شيء كتبته). قد يتواصل معك.",
            ["care.insights.title"] = "تقدمك",
            ["care.insights.mood"] = "المزاج أسبوعًا بأسبوع (من 1 إلى 5): {moods}",
            ["care.insights.score"] = "{questionnaire}: {score} ({band}) في {date}",
            ["care.insights.exercise"] = "{exercise}: {times} مرات، بتقييم {rating} من 5",
            ["care.insights.themes"] = "ما تناولته يومياتك: {themes}",
            ["care.insights.empty"] = "لا يوجد شيء لعرضه بعد. ستظهر هنا تسجيلاتك واستبياناتك وتمارينك مع الوقت.",
            ["care.peer.found"] = "{name} شخص دعم مدرَّب مرّ بتجربة مشابهة. طلبت منه أن يتواصل معك هنا.",
            ["care.peer.none"] = "لا يوجد شخص دعم متاح الآن. هل تريد التحدث مع أحد من الفريق بدلًا من ذلك؟",
            ["care.peer.counsellor"] = "أعتقد أن المرشد هو أفضل من تتحدث معه الآن، لذلك طلبت من أحدهم الانضمام. الخدمات أدناه متاحة لك أيضًا.",
        },
    };

    /// <summary>The locales with built-in care texts.</summary>
    public static IReadOnlyCollection<string> Locales => Texts.Keys;

    /// <summary>
    /// The text of <paramref name="key"/>: the pack's (locale, language, default locale), else the built-in one (locale,
    /// language, English); placeholders filled from <paramref name="arguments"/> and <c>{brand}</c>.
    /// </summary>
    /// <param name="pack">The content pack, or null.</param>
    /// <param name="key">The key.</param>
    /// <param name="locale">The user's locale.</param>
    /// <param name="arguments">Placeholder values.</param>
    /// <returns>The text (never null for a built-in key).</returns>
    public static string Get(ContentPack? pack, string key, string locale, IReadOnlyDictionary<string, string>? arguments = null)
    {
        var text = pack?.GetMessage(key, locale) ?? BuiltIn(key, locale) ?? key;
        var brand = pack?.Manifest.Brand.Name ?? "WellbeingKit";
        return Placeholders.Fill(text, (arguments, brand), static (name, s) =>
            s.arguments?.GetValueOrDefault(name) ?? (name == "brand" ? s.brand : null));
    }

    /// <summary>The built-in text of <paramref name="key"/> in <paramref name="locale"/>, its language, or English.</summary>
    public static string? BuiltIn(string key, string locale)
    {
        if (Texts.TryGetValue(locale, out var texts) && texts.TryGetValue(key, out var text))
        {
            return text;
        }

        return Texts.TryGetValue(Content.Locales.Language(locale), out texts) && texts.TryGetValue(key, out text) ? text
            : Texts["en"].GetValueOrDefault(key);
    }

    /// <summary>Every built-in key (the English set, which every locale translates).</summary>
    public static IReadOnlyCollection<string> Keys => Texts["en"].Keys;

    /// <summary>The built-in texts of <paramref name="locale"/>, for tests and authoring tools.</summary>
    public static IReadOnlyDictionary<string, string>? ForLocale(string locale) => Texts.GetValueOrDefault(locale);
}
