namespace WellbeingKit.Content.Yaml;

/// <summary>
/// No message is empty: an empty text is shown as nothing and does not fall back, so a person would get a blank reply
/// (<c>content add-locale</c> leaves the safety flow's texts empty for the author to translate).
/// </summary>
internal sealed class EmptyMessagesRule : IPackRule
{
    /// <inheritdoc />
    public void Check(PackCheck pack)
    {
        foreach (var file in pack.Messages.Values)
        {
            foreach (var (key, text) in file.Value.Messages)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    pack.Problems.AddAt(file, JsonPointer.Append("/messages", key), $"message '{key}' is empty: write its text in '{file.Value.Locale}' (an empty text is shown as nothing; it does not fall back)");
                }
            }
        }
    }
}
