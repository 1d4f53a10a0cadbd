namespace WellbeingKit.Safety;

/// <summary>
/// Where safety plans live: one per user, encrypted at rest by the SQL stores, exported and erased with the user's data
/// (<see cref="UserData.IUserDataStore.ExportAsync"/>, <see cref="UserData.IUserDataStore.EraseAsync"/>). The in-memory,
/// SQLite and PostgreSQL stores implement it.
/// </summary>
internal interface ISafetyPlanStore
{
    /// <summary>The user's plan, or null when they have none.</summary>
    Task<SafetyPlan?> GetSafetyPlanAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces one section of the user's plan (creating the plan if needed) and returns the plan as stored. The other
    /// sections stay as they were; an empty <paramref name="items"/> clears the section.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="section"/> is not one of <see cref="SafetyPlanSections.All"/>.</exception>
    Task<SafetyPlan> SetSafetyPlanSectionAsync(string userId, string section, IReadOnlyList<string> items, DateTimeOffset at, CancellationToken cancellationToken);
}
