using YamlDotNet.RepresentationModel;

namespace WellbeingKit.Content.Yaml.Strings;

/// <summary>A locale map (<c>{ en: ..., es: ... }</c>) inside an exercise, questionnaire, helpline or flow file.</summary>
internal sealed record LocaleMapSlot(PackString Entry, string RelativeFile, YamlMappingNode Map) : StringSlot(Entry);
