namespace WellbeingKit.Channels.Sms;

/// <summary>A long message put back together from its parts (or from those that came, once the wait ran out).</summary>
/// <param name="Message">The message: the parts' texts in order, the id of its first part that came.</param>
/// <param name="PartMessageIds">The gateway ids of every part it was made of (each is marked answered).</param>
/// <param name="Complete">False when some part never came.</param>
internal sealed record AssembledSms(InboundSms Message, IReadOnlyList<string> PartMessageIds, bool Complete);
