using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WellbeingKit.Privacy;

namespace WellbeingKit.Tests.Privacy;

public sealed class LogRedactionTests
{
    [Fact]
    public void A_log_line_with_an_email_phone_numbers_and_a_listed_name_reaches_the_sink_redacted()
    {
        var sink = new ListSink();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace));
        services.AddWellbeingKit().AddLogRedaction(o => o.Names.Add("Alice"));
        using var provider = services.BuildServiceProvider();
        var logger = provider.GetRequiredService<ILogger<LogRedactionTests>>();

        logger.LogWarning("User {Name} <{Email}> asked to be called on {Phone} or 555-123-4567", "Alice", "alice.smith@example.org", "+44 20 7946 0958");

        var entry = sink.Entries.Should().ContainSingle().Subject;
        entry.Message.Should().Be("User [name] <[email]> asked to be called on [phone] or [phone]");
        var everything = entry.Message + string.Join('|', entry.State.Select(kv => $"{kv.Key}={kv.Value}"));
        everything.Should().NotContainAny("Alice", "alice.smith@example.org", "7946", "555-123-4567");
    }

    [Fact]
    public void Names_are_matched_as_whole_words_in_any_case()
    {
        var redactor = new PiiRedactor(new LogRedactionOptions { Names = { "Ann", "Ann Lee" } });

        redactor.Redact("ANN LEE met ann at the annual Annex meeting").Should().Be("[name] met [name] at the annual Annex meeting");
    }

    [Theory]
    [InlineData("call (555) 123-4567 now", "call [phone] now")]
    [InlineData("call +1 555 123 4567", "call [phone]")]
    [InlineData("on 2026-11-26 at 10:30 there were 10000 turns", "on 2026-11-26 at 10:30 there were 10000 turns")]
    [InlineData("write to first.last+tag@mail.example.co.uk", "write to [email]")]
    public void Emails_and_phone_numbers_are_scrubbed_and_dates_and_counts_are_kept(string text, string expected)
    {
        new PiiRedactor(new LogRedactionOptions()).Redact(text).Should().Be(expected);
    }

    [Fact]
    public void Exception_text_and_scopes_are_scrubbed_too()
    {
        var sink = new ListSink();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(sink).AddWellbeingRedaction(o => o.Names.Add("Bob")));
        using var provider = services.BuildServiceProvider();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("test");

        using (logger.BeginScope("caller {Email}", "bob@example.com"))
        {
            logger.LogError(new InvalidOperationException("Bob could not be reached at bob@example.com"), "failed");
        }

        var entry = sink.Entries.Should().ContainSingle().Subject;
        entry.Exception.Should().NotContain("Bob").And.NotContain("bob@example.com").And.Contain("[name] could not be reached at [email]");
        sink.Scopes.Should().ContainSingle().Which.Should().Be("caller [email]");
    }

    [Fact]
    public void Redaction_before_logging_is_added_is_refused_with_the_fix()
    {
        var act = () => new ServiceCollection().AddWellbeingKit().AddLogRedaction();

        act.Should().Throw<InvalidOperationException>().WithMessage("*call services.AddLogging*before*");
    }
}
