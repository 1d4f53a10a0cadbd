namespace WellbeingKit.Handoff;

/// <summary>The data of <see cref="EventHandoffService.HandoffRequested"/>.</summary>
public sealed class HandoffRequestedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="request">The request.</param>
    public HandoffRequestedEventArgs(HandoffRequest request)
    {
        Request = request;
    }

    /// <summary>The request.</summary>
    public HandoffRequest Request { get; }

    /// <summary>
    /// What the subscriber answers. Left null, a subscriber that received the request counts as <see cref="HandoffStatus.Queued"/>;
    /// set it to <see cref="HandoffStatus.Unavailable"/> when no one can come (out of hours, for example).
    /// </summary>
    public HandoffResult? Result { get; set; }
}
