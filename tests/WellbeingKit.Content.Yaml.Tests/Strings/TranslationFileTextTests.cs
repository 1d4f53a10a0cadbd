using System.Text;
using WellbeingKit.Content.Yaml.Strings;

namespace WellbeingKit.Content.Yaml.Tests.Strings;

/// <summary>Translation files come back from spreadsheets in many encodings: each is read as written, or refused.</summary>
public sealed class TranslationFileTextTests
{
    private const string Ukrainian = "key;source;target\nmessage:menu.ask;What would you like to do?;Що ви хочете зробити?\n";

    static TranslationFileTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_with_and_without_a_byte_order_mark_is_read_as_utf8()
    {
        TranslationFileText.Decode(Encoding.UTF8.GetBytes(Ukrainian), "uk", "f.csv").Should().Be((Ukrainian, "UTF-8"));
        TranslationFileText.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Ukrainian)], "uk", "f.csv").Should().Be((Ukrainian, "UTF-8 (with BOM)"));
    }

    [Fact]
    public void Utf16_is_read_with_or_without_a_byte_order_mark()
    {
        TranslationFileText.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Ukrainian)], "uk", "f.csv").Text.Should().Be(Ukrainian);
        TranslationFileText.Decode(Encoding.Unicode.GetBytes(Ukrainian), "uk", "f.csv").Should().Be((Ukrainian, "UTF-16 LE"));
    }

    [Fact]
    public void A_windows_1251_file_for_a_ukrainian_locale_is_read_as_cyrillic()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(Ukrainian);

        TranslationFileText.Decode(bytes, "uk", "f.csv").Should().Be((Ukrainian, "Windows-1251"));
    }

    [Fact]
    public void A_windows_1256_file_for_an_arabic_locale_is_read_as_arabic()
    {
        const string arabic = "key,source,target\nmessage:menu.ask,What would you like to do?,ماذا تريد أن تفعل؟\n";

        TranslationFileText.Decode(Encoding.GetEncoding(1256).GetBytes(arabic), "ar", "f.csv").Should().Be((arabic, "Windows-1256"));
    }

    [Fact]
    public void A_legacy_file_whose_code_page_cannot_be_known_is_refused_with_what_to_do()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(Ukrainian);

        var decode = () => TranslationFileText.Decode(bytes, "ja", "f.csv");

        decode.Should().Throw<FormatException>().WithMessage("f.csv: the file is not UTF-8, and the kit cannot tell which code page a 'ja' file was saved in; save it as 'CSV UTF-8'*");
    }

    [Fact]
    public void A_legacy_file_that_does_not_read_as_the_locales_script_is_refused()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("key,source,target\nmessage:menu.ask,What would you like to do?,Qué quieres hacer\n");

        var decode = () => TranslationFileText.Decode(bytes, "uk", "f.csv");

        decode.Should().Throw<FormatException>().WithMessage("*does not read as Cyrillic text in Windows-1251*");
    }

    [Theory]
    [InlineData("fr", 160)]
    [InlineData("es-MX", 160)]
    [InlineData("uk", 70)]
    [InlineData("ar", 70)]
    public void One_sms_holds_160_gsm7_characters_or_70_ucs2_characters(string locale, int length) =>
        PackStringCatalog.SmsFit(locale).Length.Should().Be(length);

    [Fact]
    public void Exported_strings_for_a_cyrillic_locale_carry_the_70_character_sms_hint()
    {
        using var pack = new TestPack();

        var ask = PackStringCatalog.Read(pack.Directory, "uk").Strings.Single(s => s.Key == "message:daily.ask");

        ask.MaxLength.Should().Be(70);
        ask.Notes.Should().Contain(n => n.StartsWith("SMS: keep it under 70 characters to fit one message ('uk' is sent as UCS-2", StringComparison.Ordinal));
    }
}
