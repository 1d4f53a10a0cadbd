using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WellbeingKit.AspNetCore.Internal;
using WellbeingKit.Conversations;
using WellbeingKit.Handoff;
using WellbeingKit.Risk;
using Microsoft.AspNetCore.Builder;
using WellbeingKit.Samples.HR;
using WellbeingKit.AspNetCore.Tests;
using Education = WellbeingKit.Samples.Education;
using Hr = WellbeingKit.Samples.HR;

namespace WellbeingKit.Samples.Tests;

/// <summary>A kit that records what it was given (not the readiness warm-up's turns).</summary>
internal sealed class RecordingKit : IWellbeingKit
{
    public List<UserMessage> Messages { get; } = [];

    public Task<Reply> HandleAsync(UserMessage message, CancellationToken cancellationToken = default)
    {
        // The samples' readiness warm-up sends turns of its own throw-away user; only the test's messages are recorded.
        if (message.UserId.StartsWith(KitWarmup.UserPrefix, StringComparison.Ordinal))
        {
            return Task.FromResult(new Reply { Messages = [new ReplyMessage("ok")] });
        }

        lock (Messages)
        {
            Messages.Add(message);
        }

        return Task.FromResult(new Reply { Messages = [new ReplyMessage("ok")] });
    }
}
