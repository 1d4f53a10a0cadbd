namespace WellbeingKit.Safety;

/// <summary>
/// The texts the kit can always say, in English, Spanish, French and Arabic, even with an empty or broken content pack.
/// A pack overrides any of them by defining the same key in <c>messages/&lt;locale&gt;.yaml</c>.
/// </summary>
public static class BuiltInTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["exercise.step"] = "Step {n} of {total}: {text}",
            ["exercise.done"] = "Well done. You finished {title}.",
            ["exercise.why"] = "I suggested it because {reasons}.",
            ["questionnaire.progress"] = "Question {n} of {total}",
            ["common.resumed"] = "Let's pick up where we left off.",
            ["safety.intro"] = "Thank you for telling me. I'm really sorry you're going through this, and I'm glad you reached out. You deserve support right now.",
            ["safety.helplines"] = "You can talk to someone right now, for free and in confidence:",
            ["safety.emergency"] = "If you are in immediate danger, please call your local emergency number now.",
            ["safety.ask_safe"] = "Are you safe right now?",
            ["safety.option_safe"] = "I'm safe right now",
            ["safety.option_not_safe"] = "I'm not safe",
            ["safety.option_handoff"] = "Talk to a person",
            ["safety.urgent"] = "Please call your local emergency number or one of the helplines above now. If you can, stay with someone you trust or go to a place where there are other people.",
            ["safety.safe"] = "I'm glad you're safe right now. The helplines above are there whenever you need them, day or night.",
            ["safety.close"] = "I'm still here. You can keep writing to me whenever you want.",
            ["handoff.queued"] = "I've asked a person from the support team to join this conversation. While you wait, the helplines above are available.",
            ["handoff.accepted"] = "A person from the support team is joining this conversation now.",
            ["handoff.option_no"] = "No, thanks",
            ["handoff.unavailable"] = "I'm sorry: no person is available to join this chat right now. Please contact one of the helplines above; they can talk with you now.",
            ["resume.offer"] = "Would you like to continue where we left off?",
            ["resume.option_yes"] = "Yes, continue",
            ["resume.option_no"] = "No, thanks",
            ["resume.declined"] = "That's fine. Write to me whenever you'd like to do something else.",
            ["engine.choose_option"] = "Please choose one of these options:",
            ["engine.restart"] = "Some things have changed since we last talked, so let's start again.",
            ["engine.fallback"] = "I'm here and I'm listening.",
            ["engine.too_long"] = "Your message is too long for me to read in one go. Please send it in shorter parts.",
            ["exercise.next"] = "Next",
            ["exercise.stop"] = "Stop",
            ["exercise.stopped"] = "That's okay, we can stop here.",
            ["exercise.helped"] = "Did this help? (1 = not at all, 5 = a lot)",
            ["exercise.skip"] = "Skip",
            ["exercise.thanks"] = "Thank you for telling me.",
            ["exercise.none"] = "I couldn't find an exercise that fits right now.",
            ["questionnaire.result"] = "Your score is {score}: {band}. This is not a diagnosis; it can help you and a professional talk about how you have been feeling.",
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            ["exercise.step"] = "Paso {n} de {total}: {text}",
            ["exercise.done"] = "Muy bien. Has terminado {title}.",
            ["exercise.why"] = "Te lo he sugerido porque {reasons}.",
            ["questionnaire.progress"] = "Pregunta {n} de {total}",
            ["common.resumed"] = "Sigamos donde lo dejamos.",
            ["safety.intro"] = "Gracias por contármelo. Siento mucho que estés pasando por esto y me alegra que hayas escrito. Mereces apoyo ahora mismo.",
            ["safety.helplines"] = "Puedes hablar con alguien ahora mismo, gratis y de forma confidencial:",
            ["safety.emergency"] = "Si estás en peligro inmediato, llama ahora al número de emergencias de tu país.",
            ["safety.ask_safe"] = "¿Estás a salvo ahora mismo?",
            ["safety.option_safe"] = "Ahora estoy a salvo",
            ["safety.option_not_safe"] = "No estoy a salvo",
            ["safety.option_handoff"] = "Hablar con una persona",
            ["safety.urgent"] = "Por favor, llama ahora al número de emergencias o a una de las líneas de ayuda de arriba. Si puedes, quédate con alguien de confianza o ve a un lugar donde haya otras personas.",
            ["safety.safe"] = "Me alegra que ahora estés a salvo. Las líneas de ayuda de arriba están disponibles siempre que las necesites, de día o de noche.",
            ["safety.close"] = "Sigo aquí. Puedes seguir escribiéndome cuando quieras.",
            ["handoff.queued"] = "He pedido que una persona del equipo de apoyo se una a esta conversación. Mientras esperas, las líneas de ayuda de arriba están disponibles.",
            ["handoff.accepted"] = "Una persona del equipo de apoyo se está uniendo a esta conversación.",
            ["handoff.option_no"] = "No, gracias",
            ["handoff.unavailable"] = "Lo siento: ahora mismo no hay ninguna persona disponible para unirse a este chat. Por favor, contacta con una de las líneas de ayuda de arriba; pueden hablar contigo ahora.",
            ["resume.offer"] = "¿Quieres continuar donde lo dejamos?",
            ["resume.option_yes"] = "Sí, continuar",
            ["resume.option_no"] = "No, gracias",
            ["resume.declined"] = "De acuerdo. Escríbeme cuando quieras hacer otra cosa.",
            ["engine.choose_option"] = "Por favor, elige una de estas opciones:",
            ["engine.restart"] = "Algunas cosas han cambiado desde la última vez, así que empecemos de nuevo.",
            ["engine.fallback"] = "Estoy aquí y te escucho.",
            ["engine.too_long"] = "Tu mensaje es demasiado largo para leerlo de una vez. Por favor, envíalo en partes más cortas.",
            ["exercise.next"] = "Siguiente",
            ["exercise.stop"] = "Parar",
            ["exercise.stopped"] = "No pasa nada, podemos parar aquí.",
            ["exercise.helped"] = "¿Te ha ayudado? (1 = nada, 5 = mucho)",
            ["exercise.skip"] = "Omitir",
            ["exercise.thanks"] = "Gracias por contármelo.",
            ["exercise.none"] = "No he encontrado un ejercicio adecuado ahora mismo.",
            ["questionnaire.result"] = "Tu puntuación es {score}: {band}. No es un diagnóstico; puede ayudarte a hablar con un profesional sobre cómo te has sentido.",
        },
        ["fr"] = new(StringComparer.Ordinal)
        {
            ["exercise.step"] = "Étape {n} sur {total} : {text}",
            ["exercise.done"] = "Bravo. Tu as terminé {title}.",
            ["exercise.why"] = "Je te l'ai proposé parce que {reasons}.",
            ["questionnaire.progress"] = "Question {n} sur {total}",
            ["common.resumed"] = "Reprenons là où nous nous étions arrêtés.",
            ["safety.intro"] = "Merci de me l'avoir dit. Je suis vraiment désolé que tu traverses cela, et je suis content que tu aies écrit. Tu mérites du soutien dès maintenant.",
            ["safety.helplines"] = "Tu peux parler à quelqu'un dès maintenant, gratuitement et en toute confidentialité :",
            ["safety.emergency"] = "Si tu es en danger immédiat, appelle maintenant le numéro d'urgence de ton pays.",
            ["safety.ask_safe"] = "Es-tu en sécurité en ce moment ?",
            ["safety.option_safe"] = "Je suis en sécurité pour l'instant",
            ["safety.option_not_safe"] = "Je ne suis pas en sécurité",
            ["safety.option_handoff"] = "Parler à une personne",
            ["safety.urgent"] = "S'il te plaît, appelle maintenant le numéro d'urgence ou l'une des lignes d'écoute ci-dessus. Si tu peux, reste avec une personne de confiance ou va dans un endroit où il y a du monde.",
            ["safety.safe"] = "Je suis content que tu sois en sécurité pour l'instant. Les lignes d'écoute ci-dessus sont là quand tu en as besoin, jour et nuit.",
            ["safety.close"] = "Je suis toujours là. Tu peux continuer à m'écrire quand tu veux.",
            ["handoff.queued"] = "J'ai demandé à une personne de l'équipe de soutien de rejoindre cette conversation. En attendant, les lignes d'écoute ci-dessus sont disponibles.",
            ["handoff.accepted"] = "Une personne de l'équipe de soutien rejoint cette conversation.",
            ["handoff.option_no"] = "Non, merci",
            ["handoff.unavailable"] = "Je suis désolé : aucune personne n'est disponible pour rejoindre ce chat en ce moment. Contacte l'une des lignes d'écoute ci-dessus ; elles peuvent te parler maintenant.",
            ["resume.offer"] = "Veux-tu reprendre là où nous nous étions arrêtés ?",
            ["resume.option_yes"] = "Oui, reprendre",
            ["resume.option_no"] = "Non, merci",
            ["resume.declined"] = "D'accord. Écris-moi quand tu voudras faire autre chose.",
            ["engine.choose_option"] = "Choisis l'une de ces options :",
            ["engine.restart"] = "Certaines choses ont changé depuis la dernière fois, alors recommençons.",
            ["engine.fallback"] = "Je suis là et je t'écoute.",
            ["engine.too_long"] = "Ton message est trop long pour que je le lise d'un coup. Envoie-le en plusieurs parties plus courtes, s'il te plaît.",
            ["exercise.next"] = "Suivant",
            ["exercise.stop"] = "Arrêter",
            ["exercise.stopped"] = "Ce n'est pas grave, on peut s'arrêter ici.",
            ["exercise.helped"] = "Est-ce que cela t'a aidé ? (1 = pas du tout, 5 = beaucoup)",
            ["exercise.skip"] = "Passer",
            ["exercise.thanks"] = "Merci de me l'avoir dit.",
            ["exercise.none"] = "Je n'ai pas trouvé d'exercice adapté pour le moment.",
            ["questionnaire.result"] = "Ton score est de {score} : {band}. Ce n'est pas un diagnostic ; cela peut t'aider à parler avec un professionnel de ce que tu ressens.",
        },
        ["ar"] = new(StringComparer.Ordinal)
        {
            ["exercise.step"] = "الخطوة {n} من {total}: {text}",
            ["exercise.done"] = "أحسنت. لقد أنهيت «{title}».",
            ["exercise.why"] = "اقترحته لأن {reasons}.",
            ["questionnaire.progress"] = "السؤال {n} من {total}",
            ["common.resumed"] = "لنكمل من حيث توقفنا.",
            ["safety.intro"] = "شكرًا لأنك أخبرتني. أنا آسف حقًا لما تمر به، ويسعدني أنك تواصلت. أنت تستحق الدعم الآن.",
            ["safety.helplines"] = "يمكنك التحدث مع شخص ما الآن، مجانًا وبسرية:",
            ["safety.emergency"] = "إذا كنت في خطر مباشر، يرجى الاتصال برقم الطوارئ المحلي الآن.",
            ["safety.ask_safe"] = "هل أنت في أمان الآن؟",
            ["safety.option_safe"] = "أنا في أمان الآن",
            ["safety.option_not_safe"] = "لست في أمان",
            ["safety.option_handoff"] = "التحدث مع شخص",
            ["safety.urgent"] = "يرجى الاتصال الآن برقم الطوارئ أو بأحد خطوط المساعدة أعلاه. إن استطعت، ابقَ مع شخص تثق به أو اذهب إلى مكان فيه أناس آخرون.",
            ["safety.safe"] = "يسعدني أنك في أمان الآن. خطوط المساعدة أعلاه متاحة متى احتجت إليها، ليلًا أو نهارًا.",
            ["safety.close"] = "ما زلت هنا. يمكنك مواصلة الكتابة إليّ متى شئت.",
            ["handoff.queued"] = "طلبت من شخص من فريق الدعم الانضمام إلى هذه المحادثة. أثناء الانتظار، خطوط المساعدة أعلاه متاحة.",
            ["handoff.accepted"] = "شخص من فريق الدعم ينضم إلى هذه المحادثة الآن.",
            ["handoff.option_no"] = "لا، شكرًا",
            ["handoff.unavailable"] = "آسف: لا يوجد شخص متاح للانضمام إلى هذه المحادثة الآن. يرجى التواصل مع أحد خطوط المساعدة أعلاه؛ يمكنهم التحدث معك الآن.",
            ["resume.offer"] = "هل تود المتابعة من حيث توقفنا؟",
            ["resume.option_yes"] = "نعم، تابع",
            ["resume.option_no"] = "لا، شكرًا",
            ["resume.declined"] = "لا بأس. اكتب لي متى أردت القيام بشيء آخر.",
            ["engine.choose_option"] = "يرجى اختيار أحد هذه الخيارات:",
            ["engine.restart"] = "تغيرت بعض الأشياء منذ آخر مرة تحدثنا فيها، فلنبدأ من جديد.",
            ["engine.fallback"] = "أنا هنا وأستمع إليك.",
            ["engine.too_long"] = "رسالتك طويلة جدًا لأقرأها دفعة واحدة. من فضلك أرسلها على أجزاء أقصر.",
            ["exercise.next"] = "التالي",
            ["exercise.stop"] = "توقف",
            ["exercise.stopped"] = "لا بأس، يمكننا التوقف هنا.",
            ["exercise.helped"] = "هل ساعدك هذا؟ (1 = لا على الإطلاق، 5 = كثيرًا)",
            ["exercise.skip"] = "تخطي",
            ["exercise.thanks"] = "شكرًا لأنك أخبرتني.",
            ["exercise.none"] = "لم أجد تمرينًا مناسبًا الآن.",
            ["questionnaire.result"] = "نتيجتك {score}: {band}. هذا ليس تشخيصًا؛ يمكن أن يساعدك على التحدث مع مختص عما تشعر به.",
        },
    };

    /// <summary>The keys that have built-in texts.</summary>
    public static IReadOnlyCollection<string> Keys => Texts["en"].Keys;

    /// <summary>The locales with built-in texts: <c>en</c>, <c>es</c>, <c>fr</c>, <c>ar</c>.</summary>
    public static IReadOnlyCollection<string> Locales => Texts.Keys;

    /// <summary>The built-in text of <paramref name="key"/> in <paramref name="locale"/> (or its language), else in English.</summary>
    /// <param name="key">The message key (for example <c>safety.ask_safe</c>).</param>
    /// <param name="locale">The user's locale.</param>
    /// <returns>The text, or null when the key has no built-in text.</returns>
    public static string? Get(string key, string? locale)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (locale is not null)
        {
            var language = Content.Locales.Language(locale);
            if (Texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text))
            {
                return text;
            }
        }

        return Texts["en"].GetValueOrDefault(key);
    }
}
