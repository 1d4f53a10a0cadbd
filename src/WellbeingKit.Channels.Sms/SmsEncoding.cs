namespace WellbeingKit.Channels.Sms;

/// <summary>How an SMS is encoded on the air.</summary>
public enum SmsEncoding
{
    /// <summary>The GSM 03.38 7-bit default alphabet: 160 septets in one SMS, 153 per part of a long one.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16) for anything outside GSM-7, such as Arabic: 70 code units in one SMS, 67 per part.</summary>
    Ucs2,
}
