namespace WellbeingKit.Safety;

/// <summary>
/// Where safety plans live: one per user, encrypted at rest by the SQL stores, exported and erased with the user's data
/// (<see cref="UserData.IUserDataStore.ExportAsync"/>, <see cref="UserData.IUserDataStore.EraseAsync"/>). The in-memory,
/// SQLite and PostgreSQL stores implement it; a store for another database implements it too, checking and applying an
/// edit with <see cref="SafetyPlanEdit"/>, and registers it in place of the in-memory default
/// (<c>services.Replace(ServiceDescriptor.Singleton&lt;ISafetyPlanStore&gt;(…))</c> after <c>AddWellbeingKit()</c>).
/// </summary>
public interface ISafetyPlanStore
{
    /// <summary>The user's plan, or null when they have none.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or null.</returns>
    Task<SafetyPlan?> GetSafetyPlanAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces one section of the user's plan (creating the plan if needed) and returns the plan as stored. The other
    /// sections stay as they were; an empty <paramref name="items"/> clears the section.
    /// </summary>
    /// <param name="userId">The user.</param>
    /// <param name="section">The section, one of <see cref="SafetyPlanSections.All"/>.</param>
    /// <param name="items">The section's items (at most <see cref="SafetyPlanEdit.MaxItems"/>, each at most <see cref="SafetyPlanEdit.MaxItemLength"/> characters).</param>
    /// <param name="at">When the edit was made.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The plan as stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="section"/> is not one of <see cref="SafetyPlanSections.All"/>, or the items break the limits (<see cref="SafetyPlanEdit.Check"/>).</exception>
    Task<SafetyPlan> SetSafetyPlanSectionAsync(string userId, string section, IReadOnlyList<string> items, DateTimeOffset at, CancellationToken cancellationToken);
}
