using System.Text.RegularExpressions;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;

namespace WellbeingKit.Samples.HR;

/// <summary>
/// Understands a typed request for the EAP ("I want to talk to a counsellor from the EAP"). Every message still goes to the
/// kit first (screening and the safety flow come first, whatever is typed); when the message asks for a counsellor and the kit
/// did not already hand off, the person is referred to the EAP and told so, with their reference.
/// </summary>
internal sealed partial class EapAwareKit(IWellbeingKit kit, IHandoffService handoff, TimeProvider time) : IWellbeingKit
{
    public async Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reply = await kit.HandleAsync(message, cancellationToken);
        if (reply.Handoff is not null || !AsksForEap().IsMatch(message.Text))
        {
            return reply;
        }

        var result = await handoff.RequestAsync(
            new HandoffRequest { UserId = message.UserId, To = EapReferrals.Destination, Level = reply.Risk.Level, Categories = reply.Risk.Categories, Locale = reply.Locale, Country = message.Country, At = time.GetUtcNow() },
            cancellationToken);
        var text = $"I have asked the Employee Assistance Programme to contact you (reference {result.Reference}). It is confidential: your employer does not see that you asked, or anything you write here.";
        return reply with { Handoff = result, Messages = [.. reply.Messages, new ReplyMessage(text)] };
    }

    [GeneratedRegex(
        @"\b(EAP|employee assistance|counsel+or|therapist|psychologist|talk to (a|some)(one|body| person| human| professional)|speak to (a|some)(one|body| person| human| professional)|PAE|psychologue|conseill[eè]re?|parler à quelqu'un|psic[oó]log[oa]|consejer[oa]|hablar con alguien)\b|مستشار|أخصائي نفسي|طبيب نفسي|التحدث مع شخص",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForEap();
}
