using Microsoft.ML.Trainers;

namespace WellbeingKit.ML.Training;

/// <summary>Settings of the linear binary heads.</summary>
internal sealed record HeadSettings
{
    /// <summary>L2 regularization of SDCA logistic regression.</summary>
    public float L2 { get; init; } = 1e-4f;

    /// <summary>L1 regularization (sparsifies the weights, which keeps the model file small).</summary>
    public float L1 { get; init; }

    /// <summary>The optimizer: <c>lbfgs</c> (L-BFGS logistic regression) or <c>sdca</c>.</summary>
    public string Trainer { get; init; } = "lbfgs";

    /// <summary>SDCA passes over the data, or L-BFGS iterations.</summary>
    public int Iterations { get; init; } = 20;

    /// <summary>The weight of a positive example is min(cap, (negatives/positives)^power).</summary>
    public double PositiveWeightPower { get; init; } = 0.5;

    /// <summary>The largest positive weight.</summary>
    public double PositiveWeightCap { get; init; } = 10;
}
