namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>Where a string lives, so that the importer can edit exactly that scalar.</summary>
internal abstract record StringSlot(PackString Entry);
