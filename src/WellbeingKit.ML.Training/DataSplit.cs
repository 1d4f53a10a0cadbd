namespace WellbeingKit.ML.Training;

/// <summary>
/// The project's fixed, documented split of every public data set it tunes on (docs/risk.md, "Splits"): a data row
/// is held out when FNV-1a (32-bit) of the UTF-8 string <c>"wellbeingkit-split-v1:" + rowNumber</c> modulo 100 is below
/// 30, where <c>rowNumber</c> is the 1-based number of the data row in its file (header excluded; for a line-per-message
/// file, the line number). It depends on nothing but the row number, so every tool (training, evaluation) agrees.
/// </summary>
public static class DataSplit
{
    /// <summary>The percentage of rows held out.</summary>
    public const int HeldOutPercent = 30;

    /// <summary>True when the 1-based data row <paramref name="rowNumber"/> is in the held-out part.</summary>
    /// <param name="rowNumber">The 1-based data row number.</param>
    /// <returns>Whether the row is held out.</returns>
    public static bool IsHeldOut(int rowNumber) => Hash("wellbeingkit-split-v1:", rowNumber) % 100 < HeldOutPercent;

    /// <summary>
    /// True when a tuning row is one of the calibration rows (about 20 % of the tuning part: FNV-1a of
    /// <c>"wellbeingkit-calibration-v1:" + rowNumber</c> modulo 100 below 20) that set a model's thresholds and are not trained on.
    /// </summary>
    /// <param name="rowNumber">The 1-based data row number.</param>
    /// <returns>Whether the row is a calibration row (always false for a held-out row).</returns>
    public static bool IsCalibration(int rowNumber) => !IsHeldOut(rowNumber) && Hash("wellbeingkit-calibration-v1:", rowNumber) % 100 < 20;

    private static uint Hash(string salt, int rowNumber)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{salt}{rowNumber}")))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <summary>True when the row belongs to <paramref name="part"/>.</summary>
    /// <param name="part">The part.</param>
    /// <param name="rowNumber">The 1-based data row number.</param>
    /// <returns>Whether to keep the row.</returns>
    public static bool Keeps(DataPart part, int rowNumber) => part switch
    {
        DataPart.Tuning => !IsHeldOut(rowNumber),
        DataPart.HeldOut => IsHeldOut(rowNumber),
        _ => true,
    };

    /// <summary>Parses <c>all</c>, <c>tuning</c> or <c>held-out</c>.</summary>
    /// <param name="value">The option value.</param>
    /// <param name="part">The part.</param>
    /// <returns>Whether the value is a part.</returns>
    public static bool TryParse(string value, out DataPart part)
    {
        part = value.ToLowerInvariant() switch
        {
            "all" => DataPart.All,
            "tuning" => DataPart.Tuning,
            "held-out" or "heldout" => DataPart.HeldOut,
            _ => (DataPart)(-1),
        };
        return part is DataPart.All or DataPart.Tuning or DataPart.HeldOut;
    }
}
