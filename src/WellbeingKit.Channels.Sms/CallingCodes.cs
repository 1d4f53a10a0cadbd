namespace WellbeingKit.Channels.Sms;

/// <summary>
/// ITU-T E.164 country calling codes for the countries where the default pack's languages (English, Spanish, French, Arabic)
/// are spoken, so a crisis reply carries the helplines of the sender's country and the first reply is in their language.
/// The longest matching prefix wins; +1 is Canada for Canadian area codes, the Dominican Republic for 809/829/849, else
/// the United States. A number from elsewhere gets no country from here (the configured default applies).
/// </summary>
public static class CallingCodes
{
    private static readonly Dictionary<string, CallingCountry> Table = Build();

    private static readonly HashSet<string> CanadianAreaCodes =
    [
        "204", "226", "236", "249", "250", "263", "289", "306", "343", "354", "365", "367", "368", "382", "403", "416", "418",
        "428", "431", "437", "438", "450", "468", "474", "506", "514", "519", "548", "579", "581", "584", "587", "604", "613",
        "639", "647", "672", "683", "705", "709", "742", "753", "778", "780", "782", "807", "819", "825", "867", "873", "879",
        "902", "905",
    ];

    /// <summary>The country of an international number (<c>+33 6 12...</c>, <c>0033612...</c> or <c>33612...</c>).</summary>
    /// <param name="phoneNumber">The number, as a gateway gives it.</param>
    /// <returns>The country, or null when the calling code is not in the table.</returns>
    public static CallingCountry? CountryOf(string phoneNumber)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        var digits = new string([.. phoneNumber.Where(char.IsAsciiDigit)]);
        if (phoneNumber.TrimStart().StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.StartsWith('1') && digits.Length >= 4)
        {
            var area = digits[1..4];
            return CanadianAreaCodes.Contains(area) ? new("CA", "en")
                : area is "809" or "829" or "849" ? new("DO", "es")
                : new("US", "en");
        }

        for (var length = Math.Min(3, digits.Length); length >= 1; length--)
        {
            if (Table.TryGetValue(digits[..length], out var country))
            {
                return country;
            }
        }

        return null;
    }

    private static Dictionary<string, CallingCountry> Build()
    {
        var table = new Dictionary<string, CallingCountry>(StringComparer.Ordinal);
        void Add(string language, params (string Code, string Country)[] entries)
        {
            foreach (var (code, country) in entries)
            {
                table.Add(code, new CallingCountry(country, language));
            }
        }

        Add("en", ("44", "GB"), ("353", "IE"), ("61", "AU"), ("64", "NZ"), ("27", "ZA"), ("91", "IN"), ("254", "KE"), ("234", "NG"),
            ("256", "UG"), ("233", "GH"), ("255", "TZ"), ("260", "ZM"), ("263", "ZW"), ("265", "MW"), ("232", "SL"), ("231", "LR"),
            ("211", "SS"), ("63", "PH"), ("92", "PK"), ("880", "BD"), ("65", "SG"));
        Add("fr", ("33", "FR"), ("32", "BE"), ("41", "CH"), ("352", "LU"), ("377", "MC"), ("221", "SN"), ("225", "CI"), ("243", "CD"),
            ("242", "CG"), ("237", "CM"), ("223", "ML"), ("226", "BF"), ("227", "NE"), ("229", "BJ"), ("228", "TG"), ("224", "GN"),
            ("235", "TD"), ("236", "CF"), ("241", "GA"), ("250", "RW"), ("257", "BI"), ("261", "MG"), ("509", "HT"), ("262", "RE"));
        Add("es", ("34", "ES"), ("52", "MX"), ("54", "AR"), ("57", "CO"), ("51", "PE"), ("58", "VE"), ("56", "CL"), ("593", "EC"),
            ("502", "GT"), ("53", "CU"), ("591", "BO"), ("504", "HN"), ("595", "PY"), ("503", "SV"), ("505", "NI"), ("506", "CR"),
            ("507", "PA"), ("598", "UY"), ("240", "GQ"));
        Add("ar", ("962", "JO"), ("961", "LB"), ("963", "SY"), ("964", "IQ"), ("966", "SA"), ("20", "EG"), ("971", "AE"), ("967", "YE"),
            ("970", "PS"), ("249", "SD"), ("218", "LY"), ("965", "KW"), ("974", "QA"), ("973", "BH"), ("968", "OM"), ("212", "MA"),
            ("213", "DZ"), ("216", "TN"), ("222", "MR"), ("253", "DJ"), ("252", "SO"));
        return table;
    }
}
