using FluentAssertions;
using WellbeingKit.Content;
using WellbeingKit.Conversations.Runtime;
using Xunit;

namespace WellbeingKit.Tests.Conversations;

/// <summary>When the kit may speak as if a checked helpline were listed, and when it must say honestly that none is.</summary>
public sealed class HelplineTextTests
{
    private static readonly Helpline Emergency = new() { Country = "MA", Name = "Police secours", Phone = "19", Topics = ["emergency"], Source = "test" };
    private static readonly Helpline ChildLine = new() { Country = "MA", Name = "Numéro vert 2511", Phone = "2511", Topics = ["child-abuse", "children", "youth"], Source = "test" };
    private static readonly Helpline CrisisLine = new() { Country = "LB", Name = "Embrace Lifeline", Phone = "1564", Topics = ["crisis", "suicide"], Source = "test" };
    private static readonly Helpline Directory = new() { Country = Helpline.International, Name = "Find A Helpline", Url = "https://findahelpline.com", Topics = ["crisis", "directory"], Source = "test" };

    [Fact]
    public void An_emergency_number_alone_is_not_a_checked_helpline()
    {
        HelplineText.HasCheckedLine([Emergency, Directory], topics: null).Should().BeFalse();
    }

    [Fact]
    public void A_child_line_is_not_a_checked_helpline_for_thoughts_of_suicide()
    {
        HelplineText.HasCheckedLine([Emergency, ChildLine, Directory], topics: null).Should().BeFalse();
    }

    [Fact]
    public void A_child_line_is_a_checked_helpline_for_a_child_abuse_disclosure()
    {
        HelplineText.HasCheckedLine([Emergency, ChildLine, Directory], ["child-abuse", "children", "youth"]).Should().BeTrue();
    }

    [Fact]
    public void A_national_crisis_line_is_a_checked_helpline_whatever_the_crisis()
    {
        HelplineText.HasCheckedLine([CrisisLine], ["domestic-violence", "abuse"]).Should().BeTrue();
    }

    [Fact]
    public void An_international_directory_is_never_a_checked_national_helpline()
    {
        HelplineText.HasCheckedLine([Directory], ["crisis"]).Should().BeFalse();
    }
}
