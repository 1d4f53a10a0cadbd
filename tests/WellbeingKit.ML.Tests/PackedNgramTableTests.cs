using WellbeingKit.ML.Features;

namespace WellbeingKit.ML.Tests;

public sealed class PackedNgramTableTests
{
    private const ulong A = 'a', Ab = ('a' << 16) | 'b', Abc = (Ab << 16) | 'c';

    [Fact]
    public void A_vocabulary_ngram_is_found_with_its_index_and_its_prefix_is_not_a_feature()
    {
        var table = new PackedNgramTable([Abc], firstValue: 7);

        table.TryGetValue(Abc, out var index).Should().BeTrue();
        index.Should().Be(7);
        table.TryGetValue(Ab, out _).Should().BeFalse();
        table.Probe(A).Should().Be(PackedNgramTable.PrefixOnly);
    }

    [Fact]
    public void An_ngram_no_vocabulary_ngram_starts_with_is_absent()
    {
        var table = new PackedNgramTable([Abc], firstValue: 0);

        table.Probe(('a' << 16) | 'x').Should().Be(PackedNgramTable.Absent);
        table.Probe('b').Should().Be(PackedNgramTable.Absent);
    }
}
