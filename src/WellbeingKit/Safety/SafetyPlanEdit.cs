namespace WellbeingKit.Safety;

/// <summary>
/// The one place a section of a plan is checked and replaced: every <see cref="ISafetyPlanStore"/> (in memory, SQLite,
/// PostgreSQL, and a store written for another database) calls <see cref="Check"/> and <see cref="With"/>, so all keep the
/// same limits and section order.
/// </summary>
public static class SafetyPlanEdit
{
    /// <summary>The most items a section keeps, and the longest item.</summary>
    public const int MaxItems = 20;

    /// <inheritdoc cref="MaxItems"/>
    public const int MaxItemLength = 500;

    /// <summary>Checks the arguments of <see cref="ISafetyPlanStore.SetSafetyPlanSectionAsync"/>.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="section">The section.</param>
    /// <param name="items">The section's items.</param>
    /// <exception cref="ArgumentException">The user id is empty, the section is not one of <see cref="SafetyPlanSections.All"/>, or the items break the limits.</exception>
    public static void Check(string userId, string section, IReadOnlyList<string> items)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(items);
        if (!SafetyPlanSections.All.Contains(section, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"'{section}' is not a safety plan section; use one of: {string.Join(", ", SafetyPlanSections.All)}.", nameof(section));
        }

        if (items.Count > MaxItems || items.Any(i => i is null || i.Length > MaxItemLength))
        {
            throw new ArgumentException(
                $"Section '{section}' has {items.Count} item(s); a section keeps at most {MaxItems} items of at most {MaxItemLength} characters, none null.", nameof(items));
        }
    }

    /// <summary><paramref name="plan"/> (or a new plan) with <paramref name="section"/> replaced, in section order.</summary>
    /// <param name="plan">The stored plan, or null.</param>
    /// <param name="userId">The user.</param>
    /// <param name="section">The section (checked with <see cref="Check"/>).</param>
    /// <param name="items">The section's items; empty clears the section.</param>
    /// <param name="at">When the edit was made.</param>
    /// <returns>The new plan.</returns>
    public static SafetyPlan With(SafetyPlan? plan, string userId, string section, IReadOnlyList<string> items, DateTimeOffset at)
    {
        var sections = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var key in SafetyPlanSections.All)
        {
            var kept = key == section ? items : plan?.Sections.GetValueOrDefault(key);
            if (kept is { Count: > 0 })
            {
                sections[key] = [.. kept];
            }
        }

        return new SafetyPlan { UserId = userId, Sections = sections, UpdatedAt = at };
    }
}
