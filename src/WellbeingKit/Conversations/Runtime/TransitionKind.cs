namespace WellbeingKit.Conversations.Runtime;

internal enum TransitionKind
{
    Wait,
    GoTo,
    End,
    Safety,
    Call,
}
