using WellbeingKit.Content;

namespace WellbeingKit.AspNetCore.Internal;

/// <summary>
/// The web chat page's own words (<c>web.*</c> message keys). A pack's <c>messages/&lt;locale&gt;.yaml</c> wins; these
/// built-in texts in English, Spanish, French and Arabic are the fallback, so the page never shows a bare key.
/// </summary>
internal static class WebTexts
{
    public const string Prefix = "web.";

    private static readonly Dictionary<string, Dictionary<string, string>> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["directory"] = "Online directory, open at any time",
            ["emergency_services"] = "Emergency services",
            ["message"] = "Message",
            ["send"] = "Send",
            ["placeholder"] = "Type a message…",
            ["note"] = "This is not an emergency service. If you are in danger, call your local emergency number.",
            ["welcome"] = "Write a message to start, for example how you are feeling today.",
            ["log"] = "Conversation",
            ["you"] = "You said:",
            ["kit"] = "{name} said:",
            ["quick"] = "Suggested replies",
            ["sending"] = "Sending your message…",
            ["helplines"] = "You can talk to someone right now",
            ["call"] = "Call",
            ["text"] = "Text",
            ["website"] = "Website",
            ["new_tab"] = "(opens in a new tab)",
            ["hours_24_7"] = "Open 24 hours, every day",
            ["emergency"] = "In an emergency, call {number}.",
            ["emergency_local"] = "If you are in danger, call your local emergency number now.",
            ["offline"] = "You seem to be offline, or the connection is too slow. Your message was not sent: it is still in the box, ready to send again. If you need someone now, these lines can help.",
            ["error"] = "Something went wrong. Please try again.",
            ["expired"] = "This page had expired, so your message was not sent. It is still in the box: please send it again.",
            ["queued"] = "A person has been asked to join you.",
            ["accepted"] = "A person is joining now.",
            ["unavailable"] = "No one can join right now. The helplines here can help you at any time.",
            ["wait"] = "Expected wait: about {n} min.",
            ["reference"] = "Reference: {r}",
            ["exit"] = "Exit this page",
            ["exit_hint"] = "Or press Shift three times.",
            ["delete"] = "Delete my conversation",
            ["progress"] = "My progress",
            ["delete_confirm"] = "This deletes what you wrote here and everything kept about you. It cannot be undone.",
            ["delete_yes"] = "Yes, delete it",
            ["delete_no"] = "Cancel",
            ["deleted"] = "Your conversation has been deleted.",
            ["hide"] = "Hide",
            ["show"] = "Show",
            ["noscript"] = "JavaScript is off. The chat still works: each message you send reloads the page.",
            ["safety_plan"] = "My safety plan",
        },
        ["es"] = new(StringComparer.Ordinal)
        {
            ["directory"] = "Directorio en línea, disponible en todo momento",
            ["emergency_services"] = "Servicios de emergencia",
            ["message"] = "Mensaje",
            ["send"] = "Enviar",
            ["placeholder"] = "Escribe un mensaje…",
            ["note"] = "Esto no es un servicio de emergencias. Si estás en peligro, llama al número de emergencias local.",
            ["welcome"] = "Escribe un mensaje para empezar, por ejemplo cómo te sientes hoy.",
            ["log"] = "Conversación",
            ["you"] = "Tú:",
            ["kit"] = "{name}:",
            ["quick"] = "Respuestas sugeridas",
            ["sending"] = "Enviando tu mensaje…",
            ["helplines"] = "Puedes hablar con alguien ahora mismo",
            ["call"] = "Llamar",
            ["text"] = "SMS",
            ["website"] = "Web",
            ["new_tab"] = "(se abre en una pestaña nueva)",
            ["hours_24_7"] = "Abierto las 24 horas, todos los días",
            ["emergency"] = "En una emergencia, llama al {number}.",
            ["emergency_local"] = "Si estás en peligro, llama ahora al número de emergencias local.",
            ["offline"] = "Parece que no hay conexión, o es demasiado lenta. Tu mensaje no se ha enviado: sigue en el cuadro, listo para enviarlo otra vez. Si necesitas hablar con alguien ahora, estas líneas pueden ayudarte.",
            ["error"] = "Algo salió mal. Inténtalo de nuevo.",
            ["expired"] = "La página había caducado y tu mensaje no se envió. Sigue en el cuadro: envíalo otra vez, por favor.",
            ["queued"] = "Hemos pedido a una persona que se una.",
            ["accepted"] = "Una persona se está uniendo ahora.",
            ["unavailable"] = "Ahora nadie puede unirse. Estas líneas de ayuda pueden ayudarte en cualquier momento.",
            ["wait"] = "Espera estimada: unos {n} min.",
            ["reference"] = "Referencia: {r}",
            ["exit"] = "Salir de esta página",
            ["exit_hint"] = "O pulsa Mayús tres veces.",
            ["delete"] = "Borrar mi conversación",
            ["progress"] = "Mi progreso",
            ["delete_confirm"] = "Esto borra lo que has escrito aquí y todo lo que se guarda sobre ti. No se puede deshacer.",
            ["delete_yes"] = "Sí, borrarla",
            ["delete_no"] = "Cancelar",
            ["deleted"] = "Tu conversación se ha borrado.",
            ["hide"] = "Ocultar",
            ["show"] = "Mostrar",
            ["noscript"] = "JavaScript está desactivado. El chat funciona igual: cada mensaje que envíes recarga la página.",
            ["safety_plan"] = "Mi plan de seguridad",
        },
        ["fr"] = new(StringComparer.Ordinal)
        {
            ["directory"] = "Annuaire en ligne, accessible à tout moment",
            ["emergency_services"] = "Services d’urgence",
            ["message"] = "Message",
            ["send"] = "Envoyer",
            ["placeholder"] = "Écrivez un message…",
            ["note"] = "Ce n'est pas un service d'urgence. En cas de danger, appelez le numéro d'urgence local.",
            ["welcome"] = "Écrivez un message pour commencer, par exemple comment vous vous sentez aujourd’hui.",
            ["log"] = "Conversation",
            ["you"] = "Vous :",
            ["kit"] = "{name} :",
            ["quick"] = "Réponses proposées",
            ["sending"] = "Envoi de votre message…",
            ["helplines"] = "Vous pouvez parler à quelqu’un maintenant",
            ["call"] = "Appeler",
            ["text"] = "SMS",
            ["website"] = "Site web",
            ["new_tab"] = "(s’ouvre dans un nouvel onglet)",
            ["hours_24_7"] = "Ouvert 24 h sur 24, tous les jours",
            ["emergency"] = "En cas d’urgence, appelez le {number}.",
            ["emergency_local"] = "En cas de danger, appelez maintenant le numéro d’urgence local.",
            ["offline"] = "La connexion semble coupée ou trop lente. Votre message n’a pas été envoyé : il est toujours dans la zone de saisie, prêt à repartir. Si vous avez besoin de parler à quelqu’un maintenant, ces lignes peuvent vous aider.",
            ["error"] = "Une erreur est survenue. Réessayez.",
            ["expired"] = "La page avait expiré et votre message n’a pas été envoyé. Il est toujours dans la zone de saisie : envoyez-le de nouveau.",
            ["queued"] = "Une personne a été prévenue et va vous rejoindre.",
            ["accepted"] = "Une personne vous rejoint.",
            ["unavailable"] = "Personne ne peut vous rejoindre pour le moment. Ces lignes d’écoute peuvent vous aider à tout moment.",
            ["wait"] = "Attente estimée : environ {n} min.",
            ["reference"] = "Référence : {r}",
            ["exit"] = "Quitter cette page",
            ["exit_hint"] = "Ou appuyez trois fois sur Maj.",
            ["delete"] = "Effacer ma conversation",
            ["progress"] = "Mes progrès",
            ["delete_confirm"] = "Cela efface ce que vous avez écrit ici et tout ce qui est conservé à votre sujet. C’est définitif.",
            ["delete_yes"] = "Oui, tout effacer",
            ["delete_no"] = "Annuler",
            ["deleted"] = "Votre conversation a été effacée.",
            ["hide"] = "Masquer",
            ["show"] = "Afficher",
            ["noscript"] = "JavaScript est désactivé. Le chat fonctionne quand même : chaque message envoyé recharge la page.",
            ["safety_plan"] = "Mon plan de sécurité",
        },
        ["ar"] = new(StringComparer.Ordinal)
        {
            ["directory"] = "دليل على الإنترنت، متاح في أي وقت",
            ["emergency_services"] = "خدمات الطوارئ",
            ["message"] = "الرسالة",
            ["send"] = "إرسال",
            ["placeholder"] = "رسالتك…",
            ["note"] = "هذه ليست خدمة طوارئ. عند الخطر، الاتصال برقم الطوارئ المحلي هو الخطوة الأولى.",
            ["welcome"] = "يمكنك البدء برسالة، مثلًا عن شعورك اليوم.",
            ["log"] = "المحادثة",
            ["you"] = "رسالتك:",
            ["kit"] = "{name}:",
            ["quick"] = "ردود مقترحة",
            ["sending"] = "جارٍ إرسال رسالتك…",
            ["helplines"] = "يمكنك التحدث إلى شخص الآن",
            ["call"] = "اتصال",
            ["text"] = "رسالة نصية",
            ["website"] = "الموقع",
            ["new_tab"] = "(يُفتح في علامة تبويب جديدة)",
            ["hours_24_7"] = "متاح على مدار الساعة، كل يوم",
            ["emergency"] = "رقم الطوارئ: {number}.",
            ["emergency_local"] = "عند الخطر، الاتصال الآن برقم الطوارئ المحلي هو الخطوة الأولى.",
            ["offline"] = "يبدو أن الاتصال بالإنترنت مقطوع أو بطيء جدًا. لم تُرسَل رسالتك: ما زالت في خانة الكتابة وجاهزة للإرسال من جديد. إن احتجت إلى التحدث مع أحد الآن، فهذه الخطوط يمكنها المساعدة.",
            ["error"] = "حدث خطأ. يُرجى المحاولة مرة أخرى.",
            ["expired"] = "انتهت صلاحية الصفحة فلم تُرسَل رسالتك. ما زالت في خانة الكتابة: يُرجى إرسالها من جديد.",
            ["queued"] = "طلبنا من شخص أن ينضم إليك.",
            ["accepted"] = "شخص ينضم إليك الآن.",
            ["unavailable"] = "لا يوجد أحد متاح الآن. يمكن لخطوط المساعدة هذه أن تساعدك في أي وقت.",
            ["wait"] = "وقت الانتظار المتوقع: حوالي {n} دقيقة.",
            ["reference"] = "المرجع: {r}",
            ["exit"] = "الخروج من هذه الصفحة",
            ["exit_hint"] = "أو الضغط على Shift ثلاث مرات.",
            ["delete"] = "حذف محادثتي",
            ["progress"] = "تقدمي",
            ["delete_confirm"] = "سيؤدي هذا إلى حذف ما كتبته هنا وكل ما يُحفظ عنك. لا يمكن التراجع عن ذلك.",
            ["delete_yes"] = "تأكيد الحذف",
            ["delete_no"] = "إلغاء",
            ["deleted"] = "حُذفت محادثتك.",
            ["hide"] = "إخفاء",
            ["show"] = "إظهار",
            ["noscript"] = "جافاسكربت معطّل. تعمل المحادثة مع ذلك: كل رسالة مُرسَلة تعيد تحميل الصفحة.",
            ["safety_plan"] = "خطة السلامة الخاصة بي",
        },
    };

    /// <summary>The short names of the page's words (without the <c>web.</c> prefix).</summary>
    public static IEnumerable<string> Names => BuiltIn["en"].Keys;

    /// <summary>
    /// Every page word in <paramref name="locale"/>: the pack's text in that locale or its language, else the built-in
    /// text of that language, else the pack's default locale, else English.
    /// </summary>
    public static Dictionary<string, string> For(ContentPack? pack, string locale)
    {
        var language = PageLocale.Language(locale);
        var builtIn = BuiltIn.GetValueOrDefault(language);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var key = Prefix + name;
            result[name] = Own(pack, locale, key) ?? Own(pack, language, key) ?? builtIn?.GetValueOrDefault(name)
                ?? pack?.GetMessage(key, locale) ?? BuiltIn["en"][name];
        }

        return result;
    }

    /// <summary>The text the pack itself has for <paramref name="locale"/> (no fallback to another locale).</summary>
    private static string? Own(ContentPack? pack, string locale, string key) =>
        pack is not null && pack.Messages.TryGetValue(locale, out var messages) && messages.TryGetValue(key, out var text) ? text : null;
}
