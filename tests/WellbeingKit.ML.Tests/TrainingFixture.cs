extern alias training;
using training::WellbeingKit.ML.Training;

namespace WellbeingKit.ML.Tests;

/// <summary>Trains the tiny sample models once for the whole test class.</summary>
public sealed class TrainingFixture : IDisposable
{
    public TrainingFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "wbk-ml-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        EmotionModel = Path.Combine(Directory, "emotion.zip");
        RiskModel = Path.Combine(Directory, "risk.zip");
        Emotion = EmotionTrainer.Train(EmotionOptions(EmotionModel), _ => { });
        Risk = RiskTrainer.Train(RiskOptions(RiskModel), _ => { });
    }

    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public string Directory { get; }

    public string EmotionModel { get; }

    public string RiskModel { get; }

    internal MultiLabelEvaluation Emotion { get; }

    internal RiskTrainingResult Risk { get; }

    internal static EmotionTrainingOptions EmotionOptions(string output) => new()
    {
        DataDirectory = Data("goemotions"),
        OutputPath = output,
        Seed = 1,
    };

    internal static RiskTrainingOptions RiskOptions(string output) => new()
    {
        EverydayDirectory = Data("goemotions"),
        CrisisPath = Data("crisis"),
        OutputPath = output,
        Seed = 1,
    };

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
