using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using EventBot.Dialogs.Inscription;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;

namespace EventBot.Organisers;

/// <summary>
/// The sign-up list as a CSV file a French spreadsheet opens as is: UTF-8 with a byte order mark (Excel otherwise reads
/// ANSI and breaks the accents), <c>;</c> between cells (the French list separator), one row per person, confirmed
/// people then the waiting list in its order, parcours after parcours. A cell starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, so that a name typed in the chat is never run as a formula.
/// </summary>
public static class SignUpCsv
{
    private static readonly TimeZoneInfo EventTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static readonly string[] Header =
    [
        SignUpCsvTexts.Parcours, SignUpCsvTexts.Status, SignUpCsvTexts.WaitingPosition, SignUpCsvTexts.FirstName, SignUpCsvTexts.LastName,
        SignUpCsvTexts.Email, SignUpCsvTexts.Organisation, SignUpCsvTexts.Profile, SignUpCsvTexts.SignedUpAt,
    ];

    public static byte[] Write(ISignUpService signUps, IEventDataProvider data)
    {
        var configuration = new CsvConfiguration(French)
        {
            Delimiter = ";",
            NewLine = "\r\n",
            InjectionOptions = InjectionOptions.Escape,
            InjectionEscapeCharacter = '\'',
        };

        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, configuration))
        {
            foreach (var column in Header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            var all = signUps.All();
            foreach (var parcours in data.Current.Parcours)
            {
                var mine = all.Where(s => s.ParcoursId == parcours.Id).ToList();
                foreach (var signUp in mine.Where(s => s.Status == SignUpStatus.Confirmed))
                {
                    WriteRow(csv, parcours.Name, SignUpCsvTexts.Confirmed, position: null, signUp);
                }

                var position = 0;
                foreach (var signUp in mine.Where(s => s.Status == SignUpStatus.Waiting))
                {
                    WriteRow(csv, parcours.Name, SignUpCsvTexts.Waiting, ++position, signUp);
                }
            }
        }

        return buffer.ToArray();
    }

    private static void WriteRow(CsvWriter csv, string parcours, string status, int? position, SignUp signUp)
    {
        var person = signUp.Participant;
        csv.WriteField(parcours);
        csv.WriteField(status);
        csv.WriteField(position?.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.WriteField(person.FirstName);
        csv.WriteField(person.LastName);
        csv.WriteField(person.Email);
        csv.WriteField(person.Organisation);
        csv.WriteField(ProfileNames.Of(person.Profile));
        csv.WriteField(TimeZoneInfo.ConvertTime(signUp.CreatedAt, EventTimeZone).ToString(SignUpCsvTexts.DateFormat, French));
        csv.NextRecord();
    }
}
