namespace WellbeingKit.Content.Yaml;

/// <summary>Every exercise's title, summary and steps are given in each pack locale.</summary>
internal sealed class ExerciseTextsRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var exercise in pack.Exercises.Values)
        {
            TextLocales.Check(pack, exercise, "/title", exercise.Value.Title);
            TextLocales.Check(pack, exercise, "/summary", exercise.Value.Summary);
            for (var i = 0; i < exercise.Value.Steps.Count; i++)
            {
                TextLocales.Check(pack, exercise, JsonPointer.Append("/steps", i), exercise.Value.Steps[i]);
            }
        }
    }
}
