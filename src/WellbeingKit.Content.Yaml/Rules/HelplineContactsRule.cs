using System.Text.RegularExpressions;

namespace WellbeingKit.Content.Yaml;

/// <summary>A helpline can be reached: it has a phone number or a website, and its numbers are phone numbers.</summary>
internal sealed class HelplineContactsRule : IPackRule
{
    private static readonly Regex PhoneNumber = new(@"^[+*]?[0-9()][0-9 ()\-./]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A helpline must be reachable: a phone number or a website, and numbers that are numbers.</summary>
    public void Check(PackCheck pack)
    {
        foreach (var file in pack.Sources.Helplines)
        {
            for (var i = 0; i < file.Value.Count; i++)
            {
                var helpline = file.Value[i];
                var at = JsonPointer.Append("/helplines", i);
                if (string.IsNullOrWhiteSpace(helpline.Phone) && string.IsNullOrWhiteSpace(helpline.Url) && string.IsNullOrWhiteSpace(helpline.Sms))
                {
                    pack.Problems.AddAtKey(file, at, $"helpline '{helpline.Name}' has neither a phone number nor a website, so a person in crisis cannot reach it: add 'phone:' (the number as dialled) or 'url:'; if no number is verified yet, give the emergency number and a directory such as https://findahelpline.com");
                }

                NumberCheck(pack, file, at + "/phone", "phone", helpline.Name, helpline.Phone);
                NumberCheck(pack, file, at + "/sms", "sms", helpline.Name, helpline.Sms);
            }
        }
    }

    private static void NumberCheck(PackCheck pack, Located<List<Helpline>> file, string pointer, string key, string name, string? number)
    {
        if (number is null)
        {
            return;
        }

        var digits = number.Count(char.IsAsciiDigit);
        if (digits < 2 || !PhoneNumber.IsMatch(number.Trim()))
        {
            pack.Problems.AddAt(file, pointer, $"{key} '{number}' of helpline '{name}' is not a phone number: write the number as dialled (digits, spaces, '+', '-', a leading '*' for a short code), for example \"116 123\"; if no number is verified yet, remove '{key}:' and give a website");
        }
    }
}
