using WellbeingKit.Conversations.Conditions;

namespace WellbeingKit.Tests.Conversations;

public sealed class ConditionExpressionTests
{
    private static readonly Dictionary<string, string> Vars = new()
    {
        ["mood"] = "low",
        ["score.phq9"] = "12",
        ["severity.phq9"] = "moderate",
        ["emotion"] = "sadness",
        ["hour"] = "21",
        ["done"] = "true",
        ["zero"] = "0",
        ["name"] = "ana",
    };

    private static bool Eval(string text) => ConditionExpression.Parse(text).Evaluate(Vars.GetValueOrDefault);

    [Theory]
    [InlineData("mood == 'low'", true)]
    [InlineData("mood == \"low\"", true)]
    [InlineData("mood != 'low'", false)]
    [InlineData("score.phq9 >= 10", true)]
    [InlineData("score.phq9 < 9", false)]
    [InlineData("score.phq9 > 9.5", true)]
    [InlineData("score.phq9 <= 12", true)]
    [InlineData("emotion in ['sadness', 'fear']", true)]
    [InlineData("emotion in ['joy']", false)]
    [InlineData("emotion in []", false)]
    [InlineData("hour >= 18 and not done", false)]
    [InlineData("hour >= 18 and done", true)]
    [InlineData("hour < 6 or mood == 'low'", true)]
    [InlineData("not (hour < 6 or mood == 'low')", false)]
    [InlineData("done", true)]
    [InlineData("zero", false)]
    [InlineData("missing", false)]
    [InlineData("not missing", true)]
    [InlineData("missing == 'x'", false)]
    [InlineData("missing < 3", false)]
    [InlineData("done == true", true)]
    [InlineData("name < 'bob'", true)]
    [InlineData("hour > -1", true)]
    [InlineData("severity.phq9 in ['moderately-severe', 'severe'] or score.phq9 >= 20", false)]
    public void Conditions_evaluate_like_they_read(string text, bool expected) => Eval(text).Should().Be(expected);

    [Fact]
    public void Numbers_compare_numerically_when_both_sides_are_numbers() => Eval("score.phq9 > 9").Should().BeTrue();

    [Fact]
    public void And_binds_tighter_than_or() => Eval("mood == 'high' and done or hour == 21").Should().BeTrue();

    [Fact]
    public void The_variables_read_are_listed() =>
        ConditionExpression.Parse("score.phq9 >= 10 and emotion in ['fear'] or score.phq9 < 2").Variables.Should().Equal("score.phq9", "emotion");

    [Theory]
    [InlineData("", 0)]
    [InlineData("mood = 'low'", 5)]
    [InlineData("mood == 'low", 8)]
    [InlineData("(mood == 'low'", 14)]
    [InlineData("mood == 'low')", 13)]
    [InlineData("mood ==", 7)]
    [InlineData("mood in 'low'", 8)]
    [InlineData("emotion in ['a' 'b']", 16)]
    [InlineData("hour >= 18 and", 14)]
    [InlineData("and done", 0)]
    [InlineData("mood # 2", 5)]
    [InlineData("mood !x", 5)]
    public void Syntax_errors_give_the_offset_of_the_problem(string text, int offset)
    {
        var act = () => ConditionExpression.Parse(text);
        act.Should().Throw<ConditionSyntaxException>().Which.Offset.Should().Be(offset);
    }

    [Fact]
    public void A_syntax_error_is_a_format_exception_with_a_readable_message()
    {
        var act = () => ConditionExpression.Parse("mood = 'low'");
        act.Should().Throw<FormatException>().WithMessage("*Use '==' to compare*character 5*");
    }
}
