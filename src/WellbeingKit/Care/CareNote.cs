namespace WellbeingKit.Care;

/// <summary>A change noticed during a turn, waiting to be said in that turn's reply.</summary>
/// <param name="Notice">What changed.</param>
/// <param name="AskConsent">True to ask the user, this once, whether alerts may go to the counsellor.</param>
internal sealed record CareNote(DeteriorationNotice Notice, bool AskConsent);
