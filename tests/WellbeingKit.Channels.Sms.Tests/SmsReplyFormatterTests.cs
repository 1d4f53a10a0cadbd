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
    public void An_sms_keeps_a_child_line_the_kit_chose_even_after_a_crisis_line()
    {
        var text = Format(Crisis, Emergency, Child);

        text.Should().Contain("116 123").And.Contain("999").And.Contain("0800 1111");
    }

    [Fact]
    public void An_sms_keeps_the_kits_order_of_the_lines()
    {
        var text = Format(Abuse, Crisis, Emergency);

        text.IndexOf("0808 2000 247", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("116 123", StringComparison.Ordinal));
    }
}
