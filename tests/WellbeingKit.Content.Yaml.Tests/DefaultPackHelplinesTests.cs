using System.Text;
using FluentAssertions;
using WellbeingKit.Content;
using WellbeingKit.Content.Yaml;
using Xunit;

namespace WellbeingKit.Content.Yaml.Tests;

/// <summary>The default pack's helplines: where the pack's languages are spoken, child lines, domestic-violence lines, provenance.</summary>
public sealed class DefaultPackHelplinesTests
{
    private static readonly ContentPack Pack = ContentPackLoader.LoadDefault();

    /// <summary>Countries where a pack language is widely spoken that have at least an emergency number in the default pack.</summary>
    public static readonly TheoryData<string> CoveredCountries = new()
    {
        // Arab League
        "DZ", "BH", "DJ", "EG", "IQ", "JO", "KW", "LB", "MA", "OM", "PS", "QA", "SA", "SD", "TN", "AE",
        // Spain and the Spanish-speaking Americas
        "ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "PE", "AR", "CL", "EC", "UY", "PY", "BO", "VE",
        // French-speaking Europe, Canada, Africa and the Caribbean
        "FR", "BE", "CH", "LU", "MC", "CA", "HT", "SN", "CI", "BJ", "TG", "CM", "GA", "CF", "TD", "RW", "BF", "MG", "MR", "NE", "GN",
    };

    [Fact]
    public void Every_default_pack_helpline_names_the_web_page_it_comes_from_and_the_day_it_was_checked()
    {
        Pack.Helplines.Should().OnlyContain(h => h.Source.Contains("https://") || h.Source.Contains("http://"));
        Pack.Helplines.Should().OnlyContain(h => h.Checked != null && h.Checked.Length >= 7);
    }

    [Theory]
    [MemberData(nameof(CoveredCountries))]
    public void A_country_where_a_pack_language_is_widely_spoken_has_a_number_to_call(string country)
    {
        Pack.GetHelplines(country).Should().Contain(h => h.Country == country && h.Phone != null);
    }

    [Theory]
    [InlineData("GB", "0800 1111")]
    [InlineData("ES", "116 111")]
    [InlineData("FR", "119")]
    [InlineData("CA", "1-800-668-6868")]
    [InlineData("CH", "147")]
    [InlineData("EG", "16000")]
    [InlineData("MA", "2511")]
    [InlineData("AR", "102")]
    [InlineData("CO", "141")]
    [InlineData("BE", "103")]
    [InlineData("LU", "116 111")]
    [InlineData("KW", "147")]
    [InlineData("BH", "998")]
    [InlineData("OM", "1100")]
    public void The_national_child_line_is_listed_for_child_abuse(string country, string phone)
    {
        Pack.GetHelplines(country).Should().Contain(h => h.Phone == phone && h.Topics.Contains("child-abuse"));
    }

    [Theory]
    [InlineData("GB", "0808 2000 247")]
    [InlineData("ES", "016")]
    [InlineData("FR", "3919")]
    [InlineData("BE", "0800 30 030")]
    [InlineData("AR", "144")]
    [InlineData("PE", "100")]
    [InlineData("TN", "1899")]
    [InlineData("CO", "155")]
    [InlineData("DO", "*211")]
    public void The_national_domestic_violence_line_is_listed_for_partner_violence(string country, string phone)
    {
        Pack.GetHelplines(country).Should().Contain(h => h.Phone == phone && h.Topics.Contains("domestic-violence"));
    }

    [Fact]
    public void Every_country_with_helplines_lists_them_in_all_four_languages()
    {
        Pack.Helplines.Where(h => h.Description != null)
            .Should().OnlyContain(h => new[] { "en", "es", "fr", "ar" }.All(l => h.Description!.Has(l)));
    }

    [Fact]
    public void A_default_pack_helpline_without_a_checked_date_is_refused()
    {
        var files = ContentPackLoader.DefaultFiles()
            .Select(f => f.Path == "helplines/ma.yaml" ? Changed(f, "    checked: \"2026-12-07\"\n", "", first: true) : f)
            .ToList();

        var load = () => ContentPackLoader.Load(files, ContentLimits.Default);

        load.Should().Throw<ContentValidationException>().Which.Problems.Select(p => p.ToString())
            .Should().ContainSingle(p => p.Contains("helplines/ma.yaml") && p.Contains("has no 'checked:' date"));
    }

    [Fact]
    public void A_default_pack_helpline_whose_source_names_no_web_page_is_refused()
    {
        var files = ContentPackLoader.DefaultFiles()
            .Select(f => f.Path == "helplines/gb.yaml" ? Changed(f, "https://www.samaritans.org/how-we-can-help/contact-samaritan/ ", "", first: true) : f)
            .ToList();

        var load = () => ContentPackLoader.Load(files, ContentLimits.Default);

        load.Should().Throw<ContentValidationException>().Which.Problems.Select(p => p.ToString())
            .Should().ContainSingle(p => p.Contains("helplines/gb.yaml") && p.Contains("names no web address"));
    }

    private static PackFile Changed(PackFile file, string from, string to, bool first)
    {
        using var reader = new StreamReader(file.Open(), Encoding.UTF8);
        var text = reader.ReadToEnd();
        text.Should().Contain(from);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        var changed = first ? text[..at] + to + text[(at + from.Length)..] : text.Replace(from, to, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(changed);
        return new PackFile(file.Path, bytes.Length, () => new MemoryStream(bytes));
    }
}
