using System.Xml.Linq;
using WellbeingKit.Care;

namespace WellbeingKit.Tests.Care;

public class MoodChartSvgTests
{
    private static readonly CareInsights Insights = new()
    {
        UserId = "u",
        Locale = "en",
        Mood = [new MoodWeek(new DateOnly(2026, 3, 2), 2.0, 3), new MoodWeek(new DateOnly(2026, 3, 9), null, 0), new MoodWeek(new DateOnly(2026, 3, 16), 4.5, 2)],
    };

    [Fact]
    public void The_chart_is_a_titled_image_that_describes_every_week_in_words()
    {
        var svg = XElement.Parse(MoodChartSvg.Render(Insights, null));
        XNamespace ns = "http://www.w3.org/2000/svg";

        svg.Attribute("role")!.Value.Should().Be("img");
        svg.Element(ns + "title")!.Value.Should().Be("Your mood, week by week");
        svg.Element(ns + "desc")!.Value.Should().Contain("Week of 2026-03-02: 2.0 (3 check-ins)").And.Contain("Week of 2026-03-09: no check-ins");
        svg.Elements(ns + "circle").Should().HaveCount(2);
    }

    [Fact]
    public void A_week_without_check_ins_breaks_the_line()
    {
        var svg = XElement.Parse(MoodChartSvg.Render(Insights, null));

        svg.Elements().Single(e => e.Name.LocalName == "path").Attribute("d")!.Value.Should().NotContain("L");
    }

    [Fact]
    public void In_arabic_the_oldest_week_is_on_the_right()
    {
        var arabic = XElement.Parse(MoodChartSvg.Render(Insights with { Locale = "ar", Direction = "rtl" }, null));
        var english = XElement.Parse(MoodChartSvg.Render(Insights, null));

        double FirstX(XElement svg) => double.Parse(svg.Elements().First(e => e.Name.LocalName == "circle").Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        FirstX(arabic).Should().BeGreaterThan(280);
        FirstX(english).Should().BeLessThan(280);
        arabic.Attribute("direction")!.Value.Should().Be("rtl");
        arabic.Elements().First(e => e.Name.LocalName == "title").Value.Should().Be("مزاجك أسبوعًا بأسبوع");
    }
}
