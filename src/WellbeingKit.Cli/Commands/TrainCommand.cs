using System.CommandLine;
using System.Diagnostics;
using WellbeingKit.Evaluation;
using WellbeingKit.ML.Training;

namespace WellbeingKit.Cli.Commands;

/// <summary><c>wellbeing train emotion|risk</c>: reproducible training of the models the ML package ships.</summary>
internal static class TrainCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The <c>train</c> command.</returns>
    public static Command Create()
    {
        var train = new Command("train", "Train the ML models (same seed and data give a byte-identical model file).");
        train.Subcommands.Add(CreateEmotion());
        train.Subcommands.Add(CreateRisk());
        return train;
    }

    private static Command CreateEmotion()
    {
        var data = new Option<string>("--data") { Description = "The GoEmotions folder (train.tsv, dev.tsv, labels.txt).", Required = true };
        var output = new Option<string>("--out") { Description = "The model file to write (.zip).", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => 1 };
        var vader = new Option<string?>("--vader") { Description = "A VADER-format valence lexicon to use as features (stored in the model file)." };
        var maxRows = new Option<int?>("--max-rows") { Description = "Train on the first N rows only (quick runs)." };
        var thresholds = new Option<string>("--thresholds")
        {
            Description = "Where per-label thresholds are tuned: 'dev' (shipped model) or 'holdout' (10% of train, for an unbiased dev figure).",
            DefaultValueFactory = _ => "dev",
        };
        thresholds.AcceptOnlyFromAmong("dev", "holdout");
        var command = new Command("emotion", "Train the GoEmotions emotion classifier (one head per label, thresholds tuned for F1).")
        {
            data, output, seed, vader, maxRows, thresholds,
        };
        command.SetAction(parse => Run(() =>
        {
            var result = EmotionTrainer.Train(
                new EmotionTrainingOptions
                {
                    DataDirectory = parse.GetValue(data)!,
                    OutputPath = parse.GetValue(output)!,
                    Seed = parse.GetValue(seed),
                    ValencePath = parse.GetValue(vader),
                    MaxTrainRows = parse.GetValue(maxRows),
                    ThresholdSource = parse.GetValue(thresholds)!,
                },
                Console.Error.WriteLine);
            Console.WriteLine($"macro_f1 {result.MacroF1:0.0000} micro_f1 {result.MicroF1:0.0000} (dev, {result.Examples} examples)");
        }));
        return command;
    }

    private static Command CreateRisk()
    {
        var everyday = new Option<string?>("--everyday") { Description = "The GoEmotions folder: its train.tsv is the everyday (non-crisis) text." };
        var everydayLines = new Option<string?>("--everyday-lines") { Description = "Instead of --everyday: a one-message-per-line file of everyday text (umsab/xx/train.txt); only its tuning part is read, a fifth of it calibrates the thresholds." };
        var language = new Option<string?>("--language") { Description = "Train a model for one language: only the corpus lines of that language (es, fr, ar...)." };
        var crisis = new Option<string>("--crisis") { Description = "The labelled crisis corpus: a .tsv file or a folder of them (label<TAB>category<TAB>lang<TAB>text).", Required = true };
        var output = new Option<string>("--out") { Description = "The model file to write (.zip).", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => 1 };
        var maxRows = new Option<int?>("--max-rows") { Description = "Use the first N everyday rows only (quick runs)." };
        var calibrationRate = new Option<double>("--calibration-rate")
        {
            Description = "The largest share of the calibration rows (everyday text the model never trained on) allowed to reach Moderate.",
            DefaultValueFactory = _ => new RiskTrainingOptions { CrisisPath = "", OutputPath = "" }.CalibrationAlarmRate,
        };
        calibrationRate.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or >= 1)
            {
                r.AddError("--calibration-rate: must be between 0 and 1 (0.005 is half a percent).");
            }
        });
        var posts = new Option<string?>("--crisis-posts")
        {
            Description = "A labelled CSV of long posts (sdcnl-train/training-set.csv): the crisis rows of its tuning part are added to the corpus as suicidal ideation; its held-out part is never read. Research models only: a set without a licence to ship (SDCNL) must not go into a packaged model.",
        };
        var postsText = new Option<string>("--posts-text-column") { Description = "The text column(s) of --crisis-posts; a+b joins columns.", DefaultValueFactory = _ => "title+selftext" };
        var postsLabel = new Option<string>("--posts-label-column") { Description = "The 1/0 crisis column of --crisis-posts.", DefaultValueFactory = _ => "is_suicide" };
        var command = new Command("risk", "Train the crisis classifier on everyday text and the labelled crisis corpus.")
        {
            everyday, everydayLines, language, crisis, output, seed, maxRows, calibrationRate, posts, postsText, postsLabel,
        };
        command.SetAction(parse => Run(() =>
        {
            var result = RiskTrainer.Train(
                new RiskTrainingOptions
                {
                    EverydayDirectory = parse.GetValue(everyday),
                    EverydayLinesPath = parse.GetValue(everydayLines),
                    Language = parse.GetValue(language),
                    CrisisPath = parse.GetValue(crisis)!,
                    OutputPath = parse.GetValue(output)!,
                    Seed = parse.GetValue(seed),
                    MaxEverydayRows = parse.GetValue(maxRows),
                    CalibrationAlarmRate = parse.GetValue(calibrationRate),
                    CrisisPosts = parse.GetValue(posts) is { } postsPath ? ReadTuningCrisisPosts(postsPath, parse.GetValue(postsText)!, parse.GetValue(postsLabel)!) : [],
                },
                Console.Error.WriteLine);
            Console.WriteLine(result);
        }));
        return command;
    }

    /// <summary>The crisis rows of the tuning part of a labelled CSV (the held-out part is dropped before anything is kept).</summary>
    private static List<string> ReadTuningCrisisPosts(string path, string textColumn, string labelColumn)
    {
        var data = RiskDataSet.Read(path, new RiskDataReadOptions { TextColumn = textColumn, LabelColumn = labelColumn })
            .WhereRowNumber(n => !DataSplit.IsHeldOut(n));
        return data.Texts.Where((_, i) => data.Labels[i]).ToList();
    }

    private static int Run(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            action();
            Console.Error.WriteLine($"done in {stopwatch.Elapsed.TotalSeconds:0.0} s");
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
