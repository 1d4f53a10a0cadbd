namespace WellbeingKit.Channels.Sms;

/// <summary>
/// Holds the parts of long messages until every part has come (in any order, a redelivered part counted once), then gives
/// the whole message. Parts wait in memory only, with the sender's number, for at most
/// <see cref="SmsChannelOptions.PartsWaitFor"/>: then <see cref="SmsPartFlusher"/> hands on what came, so a crisis text whose
/// last part is lost is still screened and answered. Thread-safe.
/// </summary>
internal sealed class SmsPartAssembler
{
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Adds a part; returns the whole message once its last missing part came, else null.</summary>
    public AssembledSms? Add(InboundSms sms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sms);
        var part = sms.Part ?? throw new ArgumentException("The message is not a part of a longer one.", nameof(sms));
        var key = sms.Gateway + "\n" + sms.From + "\n" + part.Reference + "\n" + part.Total;
        lock (_gate)
        {
            if (!_pending.TryGetValue(key, out var pending))
            {
                pending = new Pending(now);
                _pending[key] = pending;
            }

            pending.Parts[part.Number] = sms;
            if (pending.Parts.Count < part.Total)
            {
                return null;
            }

            _pending.Remove(key);
            return pending.Assemble(complete: true);
        }
    }

    /// <summary>Takes the long messages whose first part came before <paramref name="cutoff"/>, with the parts that came.</summary>
    public IReadOnlyList<AssembledSms> TakeWaitingSince(DateTimeOffset cutoff)
    {
        lock (_gate)
        {
            var due = _pending.Where(p => p.Value.Since <= cutoff).ToList();
            foreach (var (key, _) in due)
            {
                _pending.Remove(key);
            }

            return [.. due.Select(p => p.Value.Assemble(complete: false))];
        }
    }

    /// <summary>The parts of one long message so far.</summary>
    private sealed class Pending(DateTimeOffset since)
    {
        public DateTimeOffset Since { get; } = since;

        public SortedDictionary<int, InboundSms> Parts { get; } = [];

        public AssembledSms Assemble(bool complete)
        {
            var first = Parts.First().Value;
            // A phone fills each part to the limit, so a part may end or start inside a word: complete parts join as they are.
            var text = complete ? string.Concat(Parts.Values.Select(p => p.Text)) : string.Join(" … ", Parts.Values.Select(p => p.Text.Trim()));
            var whole = first with { Text = text.Trim(), Part = null };
            return new AssembledSms(whole, [.. Parts.Values.Select(p => p.MessageId)], complete);
        }
    }
}
