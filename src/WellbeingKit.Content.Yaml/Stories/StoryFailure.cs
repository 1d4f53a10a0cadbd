using System.Globalization;
using WellbeingKit.Conversations.Runtime;

namespace WellbeingKit.Conversations.Stories;

/// <summary>A step that did not hold.</summary>
/// <param name="Story">The story.</param>
/// <param name="StepNumber">The step's number, from 1.</param>
/// <param name="Step">The step.</param>
/// <param name="Expected">What the step expected.</param>
/// <param name="Got">What the kit answered.</param>
public sealed record StoryFailure(ConversationStory Story, int StepNumber, StoryStep Step, string Expected, string Got)
{
    /// <summary>One line: <c>path:line: story 'name' step N (step): expected ..., got ...</c>.</summary>
    /// <returns>The failure.</returns>
    public override string ToString()
    {
        var where = Story.Path is null ? "" : $"{Story.Path}:{Step.Line.ToString(CultureInfo.InvariantCulture)}: ";
        return $"{where}story '{Story.Name}' step {StepNumber.ToString(CultureInfo.InvariantCulture)} ({Step}): expected {Expected}, got {Got}";
    }
}
