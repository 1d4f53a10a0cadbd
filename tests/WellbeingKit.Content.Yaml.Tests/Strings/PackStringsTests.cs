using FluentAssertions;
using WellbeingKit.Content.Yaml.Strings;

namespace WellbeingKit.Content.Yaml.Tests.Strings;

public sealed class PackStringsTests
{
    private static List<TranslatedString> Unchanged(PackStringCatalog catalog) =>
        catalog.Strings.Select(s => new TranslatedString(s.Key, s.Source, s.Target ?? string.Empty)).ToList();

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("sw")]
    public void Importing_an_unchanged_export_leaves_the_default_pack_byte_identical(string locale)
    {
        using var pack = new DefaultPackCopy();
        var before = pack.Snapshot();

        var result = PackStringImporter.Import(pack.Directory, locale, Unchanged(PackStringCatalog.Read(pack.Directory, locale)), allowValidatedChanges: false);

        result.FilesWritten.Should().BeEmpty();
        pack.Snapshot().Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Export_covers_messages_exercise_steps_questionnaire_items_options_bands_and_helplines()
    {
        using var pack = new DefaultPackCopy();

        var keys = PackStringCatalog.Read(pack.Directory, "fr").Strings.Select(s => s.Key).ToList();

        keys.Should().Contain(["message:safety.ask-safe", "exercise:box-breathing:title", "exercise:box-breathing:summary", "exercise:box-breathing:steps[2]",
            "questionnaire:phq9:title", "questionnaire:phq9:instructions", "questionnaire:phq9:items[phq9-9].text", "questionnaire:phq9:options[0].label",
            "questionnaire:phq9:bands[0].label", "helpline:gb:helplines[0].description"]);
        keys.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_locale_with_no_translations_exports_every_target_empty()
    {
        using var pack = new DefaultPackCopy();

        var strings = PackStringCatalog.Read(pack.Directory, "sw").Strings.ToList();

        strings.Should().HaveCountGreaterThan(300);
        strings.Should().OnlyContain(s => s.Target == null);
    }

    [Fact]
    public void Notes_name_the_flow_state_placeholders_and_sms_length()
    {
        using var pack = new DefaultPackCopy();
        var strings = PackStringCatalog.Read(pack.Directory, "es").Strings.ToDictionary(s => s.Key);

        strings["message:safety.ask-safe"].Notes.Should().Contain(n => n.Contains("flow safety state ask-safe", StringComparison.Ordinal));
        strings["message:safety.ask-safe"].MaxLength.Should().Be(160);
        strings.Values.Should().Contain(s => s.Placeholders.Contains("{title}") && s.Notes.Any(n => n.Contains("{title}", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validated_questionnaire_wording_is_marked_in_the_export()
    {
        using var pack = new DefaultPackCopy();

        var item = PackStringCatalog.Read(pack.Directory, "en").Strings.Single(s => s.Key == "questionnaire:phq9:items[phq9-9].text");

        item.Validated.Should().BeTrue();
        item.Notes.Should().Contain("validated translation: do not change");
    }

    [Fact]
    public void A_working_translation_is_not_marked_validated()
    {
        using var pack = new DefaultPackCopy();

        PackStringCatalog.Read(pack.Directory, "es").Strings.Single(s => s.Key == "questionnaire:phq9:items[phq9-9].text").Validated.Should().BeFalse();
    }

    [Fact]
    public void Import_refuses_a_change_to_validated_wording_without_the_flag()
    {
        using var pack = new DefaultPackCopy();
        var before = pack.Read("questionnaires/phq9.yaml");
        var item = PackStringCatalog.Read(pack.Directory, "en").Strings.Single(s => s.Key == "questionnaire:phq9:items[phq9-1].text");

        var result = PackStringImporter.Import(pack.Directory, "en", [new(item.Key, item.Source, "Not much interest in things")], allowValidatedChanges: false);

        result.Issues.Should().ContainSingle(i => i.Kind == ImportIssueKind.ValidatedRefused && i.Key == item.Key);
        pack.Read("questionnaires/phq9.yaml").Should().Be(before);
    }

    [Fact]
    public void Import_applies_a_change_to_validated_wording_with_the_flag()
    {
        using var pack = new DefaultPackCopy();
        var item = PackStringCatalog.Read(pack.Directory, "en").Strings.Single(s => s.Key == "questionnaire:phq9:items[phq9-1].text");

        var result = PackStringImporter.Import(pack.Directory, "en", [new(item.Key, item.Source, "Not much interest in things")], allowValidatedChanges: true);

        result.Applied.Should().Be(1);
        PackStringCatalog.Read(pack.Directory, "en").Strings.Single(s => s.Key == item.Key).Target.Should().Be("Not much interest in things");
    }

    [Fact]
    public void A_source_text_changed_since_export_is_a_conflict_and_not_applied()
    {
        using var pack = new DefaultPackCopy();
        var before = pack.Snapshot();

        var result = PackStringImporter.Import(pack.Directory, "fr", [new("message:common.yes", "Yes please", "Oui volontiers")], allowValidatedChanges: false);

        result.Issues.Should().ContainSingle(i => i.Kind == ImportIssueKind.Conflict && i.Key == "message:common.yes");
        pack.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public void A_translation_missing_a_placeholder_is_reported_and_not_applied()
    {
        using var pack = new DefaultPackCopy();
        var withPlaceholder = PackStringCatalog.Read(pack.Directory, "fr").Strings.First(s => s.Placeholders.Count > 0);

        var result = PackStringImporter.Import(pack.Directory, "fr", [new(withPlaceholder.Key, withPlaceholder.Source, "Texte sans marqueur")], allowValidatedChanges: false);

        result.Issues.Should().ContainSingle(i => i.Kind == ImportIssueKind.PlaceholderMismatch && i.Message.Contains(withPlaceholder.Placeholders[0], StringComparison.Ordinal));
        result.Applied.Should().Be(0);
    }

    [Fact]
    public void Empty_targets_are_reported_as_untranslated()
    {
        using var pack = new DefaultPackCopy();
        var catalog = PackStringCatalog.Read(pack.Directory, "sw");

        var result = PackStringImporter.Import(pack.Directory, "sw", Unchanged(catalog), allowValidatedChanges: false);

        result.Issues.Should().HaveCount(catalog.Slots.Count).And.OnlyContain(i => i.Kind == ImportIssueKind.Untranslated);
    }

    [Fact]
    public void Importing_one_translation_changes_only_that_scalar()
    {
        using var pack = new DefaultPackCopy();
        var before = pack.Read("exercises/box-breathing.yaml");

        PackStringImporter.Import(pack.Directory, "fr", [new("exercise:box-breathing:title", "Box breathing", "Respiration au carré")], allowValidatedChanges: false);

        pack.Read("exercises/box-breathing.yaml").Should().Be(before.Replace("fr: Respiration carrée", "fr: Respiration au carré", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_translation_into_a_new_locale_yields_a_pack_the_loader_accepts()
    {
        using var pack = new DefaultPackCopy();
        var rows = PackStringCatalog.Read(pack.Directory, "sw").Strings.Select(s => new TranslatedString(s.Key, s.Source, "SW: " + s.Source)).ToList();

        var result = PackStringImporter.Import(pack.Directory, "sw", rows, allowValidatedChanges: false);

        result.Issues.Should().BeEmpty();
        result.FilesWritten.Should().Contain(["messages/sw.yaml", "pack.yaml"]);
        PackStringCatalog.Read(pack.Directory, "sw").Strings.Should().OnlyContain(s => s.Target == "SW: " + s.Source);

        // Every locale needs a helpline in its language: that is a fact for the pack owner to add, not a string.
        pack.Write("helplines/international.yaml", pack.Read("helplines/international.yaml").Replace("languages: [en, es, fr, ar]", "languages: [en, es, fr, ar, sw]", StringComparison.Ordinal));

        // And crisis phrases in the new language: without them validate refuses the locale.
        pack.Write("lexicons/sw.yaml", "locale: sw\npatterns:\n  - id: si.sw\n    category: suicidal-ideation\n    level: high\n    phrases: [nataka kujiua]\n");
        var loaded = ContentPackLoader.LoadDirectory(pack.Directory);
        loaded.Manifest.Locales.Should().Contain(l => l.Code == "sw");
    }

    [Fact]
    public void New_translations_in_flow_mappings_and_quoted_values_stay_valid_yaml()
    {
        using var pack = new DefaultPackCopy();

        PackStringImporter.Import(
            pack.Directory,
            "sw",
            [new("questionnaire:phq9:options[0].label", "Not at all", "Hapana, kabisa: {x} # [sio]"), new("message:common.yes", "Yes", "yes")],
            allowValidatedChanges: false);

        var strings = PackStringCatalog.Read(pack.Directory, "sw").Strings.ToDictionary(s => s.Key);
        strings["questionnaire:phq9:options[0].label"].Target.Should().Be("Hapana, kabisa: {x} # [sio]");
        strings["message:common.yes"].Target.Should().Be("yes");
    }
}
