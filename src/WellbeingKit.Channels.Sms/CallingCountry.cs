namespace WellbeingKit.Channels.Sms;

/// <summary>A country found from a phone number's calling code, with the language most of its people would text in.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Language">The usual language (a locale of the default pack: en, es, fr or ar).</param>
public sealed record CallingCountry(string Country, string Language);
