using WellbeingKit.Cli.Commands;

namespace WellbeingKit.Cli.Tests;

/// <summary><c>wellbeing content helplines [dir] [--country CC] [--stale 12m]</c>.</summary>
public sealed class ContentHelplinesCommandTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void The_default_pack_has_no_entry_left_unchecked_for_twelve_months()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ContentHelplinesCommand.Run(null, null, "12m", Today, output, error);

        exit.Should().Be(0);
        output.ToString().Should().StartWith("No helpline is due: all ");
    }

    [Fact]
    public void Entries_checked_more_than_twelve_months_ago_are_listed_and_exit_1()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ContentHelplinesCommand.Run(null, "MA", "12m", new DateOnly(2028, 1, 15), output, error);

        exit.Should().Be(1);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.StartsWith("MA\tPolice secours\t19\t", StringComparison.Ordinal) && l.Contains("checked 2026-12-07", StringComparison.Ordinal));
        lines[^1].Should().StartWith("2 of 2 helpline(s) not checked within 12m");
    }

    [Fact]
    public void A_month_only_checked_date_counts_from_the_first_of_that_month()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ContentHelplinesCommand.Run(null, "GB", "12m", new DateOnly(2027, 11, 2), output, error);

        exit.Should().Be(1);
        output.ToString().Should().Contain("GB\tSamaritans\t116 123\t").And.NotContain("Childline");
    }

    [Fact]
    public void A_period_that_is_not_a_period_is_refused_with_exit_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ContentHelplinesCommand.Run(null, null, "twelve months", Today, output, error);

        exit.Should().Be(2);
        error.ToString().Should().Contain("--stale 'twelve months' is not a period: write a number and a unit, for example 12m");
    }

    [Fact]
    public void The_command_lists_one_country_with_number_topics_checked_date_and_source()
    {
        var (exit, output, _) = CliRunner.Run(ContentTestCommand.AddTo, "content", "helplines", "--country", "ES");

        exit.Should().Be(0);
        output.Should().Contain("ES\t016 – Atención a víctimas de violencia contra las mujeres\t016\t[domestic-violence, abuse]\tchecked 2026-12-07\thttps://");
        output.Should().Contain("helpline(s) in 1 countr(y/ies).");
    }
}
