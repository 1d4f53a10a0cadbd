using WellbeingKit.Channels.Sms;
using WellbeingKit.Content;

namespace WellbeingKit.Channels.Sms.Tests;

/// <summary>Which helplines an SMS reply lists.</summary>
public sealed class SmsReplyFormatterTests
{
    private static readonly Helpline Crisis = Line("Samaritans", "116 123", "crisis", "suicide");
    private static readonly Helpline Emergency = Line("Emergency services", "999", "emergency");
    private static readonly Helpline Child = Line("Childline", "0800 1111", "child-abuse", "children");
    private static readonly Helpline Abuse = Line("Abuse line", "0808 2000 247", "domestic-violence", "abuse");

    private static Helpline Line(string name, string phone, params string[] topics) =>
        new() { Country = "GB", Name = name, Phone = phone, Topics = topics, Source = "test" };

    private static string Format(params Helpline[] lines) => SmsReplyFormatter.Format(new Reply
    {
        Messages = [new ReplyMessage("Please reach out now.")],
        Helplines = lines,
    });

    [Fact]
    public void A_reply_in_the_packs_order_keeps_the_crisis_line_and_emergency_and_leaves_out_the_child_and_abuse_lines()
    {
        var text = Format(Crisis, Emergency, Child, Abuse);

        text.Should().Contain("116 123").And.Contain("999").And.NotContain("0800 1111").And.NotContain("0808 2000 247");
    }

    [Fact]
    public void A_reply_that_puts_the_child_line_first_keeps_it_with_the_crisis_line()
    {
        var text = Format(Child, Crisis, Emergency, Abuse);

        text.Should().Contain("0800 1111").And.Contain("116 123").And.Contain("999").And.NotContain("0808 2000 247");
    }

    [Fact]
    public void A_country_without_a_general_crisis_line_keeps_every_line()
    {
        var text = Format(Emergency, Child, Abuse);

        text.Should().Contain("999").And.Contain("0800 1111").And.Contain("0808 2000 247");
    }
}
