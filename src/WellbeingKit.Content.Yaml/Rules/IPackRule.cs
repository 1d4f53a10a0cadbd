namespace WellbeingKit.Content.Yaml;

/// <summary>
/// One check of a pack as a whole (references, reachability, translations, safety), run after every file was read. The
/// rules live in this folder, one per file, and share the package's namespace (they read <see cref="PackCheck"/>);
/// <see cref="PackAssembler"/> lists them in the order they report.
/// </summary>
internal interface IPackRule
{
    /// <summary>Adds a problem (or warning) to <see cref="PackCheck.Problems"/> for each thing wrong with <paramref name="pack"/>.</summary>
    void Check(PackCheck pack);
}
