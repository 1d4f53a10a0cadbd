extern alias training;
using Microsoft.ML;
using training::WellbeingKit.ML.Features;
using training::WellbeingKit.ML.Training;

namespace WellbeingKit.ML.Tests;

/// <summary>
/// The featurizer as training uses it. WellbeingKit.ML.Training compiles the same featurizer source (src/Shared/ML) as
/// WellbeingKit.ML, so its copy is reached through the <c>training</c> alias.
/// </summary>
public sealed class TrainingFeatureTests
{
    [Fact]
    public void Vectors_are_l2_normalized_per_block_and_sorted_for_training()
    {
        var vectorizer = VocabularyBuilder.Build(["the cat sat", "the dog ran", "a cat ran"], new FeatureSettings());
        var scratch = new VectorScratch();

        vectorizer.Vectorize("the cat ran", null, scratch, sorted: true);

        var indices = scratch.Indices.AsSpan(0, scratch.Count).ToArray();
        var values = scratch.Values.AsSpan(0, scratch.Count).ToArray();
        indices.Should().BeInAscendingOrder();
        var words = indices.Select((f, k) => (f, v: values[k])).Where(x => x.f < vectorizer.WordCount).Sum(x => x.v * x.v);
        var chars = indices.Select((f, k) => (f, v: values[k])).Where(x => x.f >= vectorizer.WordCount && x.f < vectorizer.WordCount + vectorizer.CharCount).Sum(x => x.v * x.v);
        words.Should().BeApproximately(1f, 1e-5f);
        chars.Should().BeApproximately(1f, 1e-5f);
    }

    [Fact]
    public void The_check_against_ml_net_refuses_a_model_whose_weights_differ_from_the_trained_heads()
    {
        var texts = new[] { "I feel great today", "this is awful", "great great great", "awful day", "what a great idea", "so awful" };
        var labels = new[] { true, false, true, false, true, false };
        var ml = new MLContext(1);
        var vectorizer = VocabularyBuilder.Build(texts, new FeatureSettings());
        var vectors = BinaryHeads.Vectorize(vectorizer, texts, null);
        var head = BinaryHeads.Train(ml, vectors, vectorizer.Dimension, labels, null, new HeadSettings());
        var extracted = BinaryHeads.Extract(head, vectorizer.Dimension);
        var tampered = extracted with { Bias = extracted.Bias + 1 };

        BinaryHeads.Verify(ml, [head], new LinearTextModel(vectorizer, [extracted]), texts, null);
        var act = () => BinaryHeads.Verify(ml, [head], new LinearTextModel(vectorizer, [tampered]), texts, null);

        act.Should().Throw<InvalidOperationException>().WithMessage("*exported model scores text 0*");
    }
}
