using WellbeingKit.Care;

namespace WellbeingKit.Tests.Care;

public class InMemoryCareStoreTests : CareStoreContractTests
{
    private protected override ICareStore Store { get; } = new InMemoryCareStore();

    [Fact]
    public void A_record_survives_its_json_form_unchanged_except_the_version()
    {
        var record = new CareRecord
        {
            UserId = "u",
            Version = 7,
            NextDueAt = Now,
            Preferences = new CheckInPreferences { Status = CheckInStatus.Paused, PausedUntil = Now, Quiet = null, Frequency = CheckInFrequency.Weekly },
            Consent = new AlertConsent(Now, Now.AddDays(1)),
        };

        var read = CareRecordJson.Deserialize(CareRecordJson.Serialize(record), 3);

        read.Should().BeEquivalentTo(record with { Version = 3 });
    }

    [Fact]
    public void A_payload_that_is_no_care_record_is_refused_with_a_clear_error()
    {
        var read = () => CareRecordJson.Deserialize("[1,2]"u8, 1);

        read.Should().Throw<InvalidDataException>().WithMessage("The care record could not be read*");
    }
}
