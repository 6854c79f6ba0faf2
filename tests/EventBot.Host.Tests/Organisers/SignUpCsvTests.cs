using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Organisers;

/// <summary>The sign-up list as a CSV file for a French spreadsheet: encoding, separator, escaping, same content as the JSON.</summary>
public sealed class SignUpCsvTests : IDisposable
{
    private const string Key = "clé-csv-51c0";

    private readonly EventBotFactory _factory = new();

    public SignUpCsvTests()
    {
        _factory.Settings["EventBot:Organisers:Keys:0"] = Key;
        _factory.Settings["EventBot:SignUps:Capacities:emergence"] = "2";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_file_is_utf8_with_a_bom_semicolons_a_french_header_and_a_file_name()
    {
        SignUp("emergence", new Participant("Hélène", "Dupré-Lefèvre", "helene@example.org", "Ville de Roubaix", Profile.Elu));

        var response = await Client().GetAsync("/api/organisers/signups.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("inscriptions-popup-dev-eco.csv", response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Parcours;Statut;Position en liste d'attente;Prénom;Nom;E-mail;Organisation;Profil;Date d'inscription", lines[0]);
        var createdAt = (await Client().GetFromJsonAsync<JsonElement>("/api/organisers/signups"))
            .GetProperty("parcours").EnumerateArray().Single(p => p.GetProperty("parcoursId").GetString() == "emergence").GetProperty("people")[0].GetProperty("createdAt").GetDateTimeOffset();
        var paris = TimeZoneInfo.ConvertTime(createdAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.Equal($"Emergence;inscrit;;Hélène;Dupré-Lefèvre;helene@example.org;Ville de Roubaix;Élu(e);{paris:dd/MM/yyyy HH:mm}", lines[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\";\"clic\")")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task A_cell_that_a_spreadsheet_would_run_starts_with_an_apostrophe(string typed)
    {
        SignUp("emergence", new Participant(typed, "Martin", "m@example.org", typed, Profile.Autre));

        var rows = await ReadRowsAsync();

        var row = Assert.Single(rows);
        Assert.Equal("'" + typed, row[SignUpCsvHeader.FirstName]);
        Assert.Equal("'" + typed, row[SignUpCsvHeader.Organisation]);
    }

    [Fact]
    public async Task Separators_quotes_new_lines_and_accents_survive_a_round_trip()
    {
        var organisation = "Boulangerie \"Chez Zoé\"; Lille\nsecond étage";
        SignUp("emergence", new Participant("Zoé", "N'Diaye", "zoe@example.org", organisation, Profile.Entrepreneur));

        var raw = Encoding.UTF8.GetString(await (await Client().GetAsync("/api/organisers/signups.csv")).Content.ReadAsByteArrayAsync());
        var rows = await ReadRowsAsync();

        Assert.Contains("\"Boulangerie \"\"Chez Zoé\"\"; Lille\nsecond étage\"", raw);
        var row = Assert.Single(rows);
        Assert.Equal(organisation, row[SignUpCsvHeader.Organisation]);
        Assert.Equal("N'Diaye", row[SignUpCsvHeader.LastName]);
        Assert.Equal("Entrepreneur(e)", row[SignUpCsvHeader.Profile]);
    }

    [Fact]
    public async Task The_rows_are_the_people_of_the_json_list_with_the_waiting_list_in_order()
    {
        SignUp("emergence", new Participant("Awa", "Diallo", "awa@example.org", "Asso", Profile.Entrepreneur));
        SignUp("emergence", new Participant("Paul", "Roux", "paul@example.org", "Mairie", Profile.ActeurLocal));
        Wait("emergence", new Participant("Marc", "Leroy", "marc@example.org", "Ville", Profile.Elu));
        Wait("emergence", new Participant("Lina", "Haddad", "lina@example.org", "Université", Profile.Universitaire));
        SignUp("attractivite", new Participant("Inès", "Benali", "ines@example.org", "CCI", Profile.Citoyen));

        var json = await Client().GetFromJsonAsync<JsonElement>("/api/organisers/signups");
        var rows = await ReadRowsAsync();

        var expected = json.GetProperty("parcours").EnumerateArray().SelectMany(p =>
                p.GetProperty("people").EnumerateArray().Select((person, _) => (p, person, Status: "inscrit", Position: ""))
                    .Concat(p.GetProperty("waitingList").EnumerateArray().Select((person, i) => (p, person, Status: "liste d'attente", Position: (i + 1).ToString(CultureInfo.InvariantCulture)))))
            .Select(x => new[]
            {
                x.p.GetProperty("name").GetString()!, x.Status, x.Position,
                x.person.GetProperty("firstName").GetString()!, x.person.GetProperty("lastName").GetString()!,
                x.person.GetProperty("email").GetString()!, x.person.GetProperty("organisation").GetString()!,
            })
            .ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(expected, rows.Select(r => r[..7]).ToList());
        Assert.Equal(["Marc", "Lina"], rows.Where(r => r[1] == "liste d'attente").Select(r => r[SignUpCsvHeader.FirstName]));
    }

    [Fact]
    public async Task The_file_needs_an_organiser_key()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateClient().GetAsync("/api/organisers/signups.csv")).StatusCode);
    }

    private static class SignUpCsvHeader
    {
        public const int FirstName = 3;
        public const int LastName = 4;
        public const int Organisation = 6;
        public const int Profile = 7;
    }

    /// <summary>The data rows, parsed back as a spreadsheet would (header checked and skipped).</summary>
    private async Task<List<string[]>> ReadRowsAsync()
    {
        var stream = await Client().GetStreamAsync("/api/organisers/signups.csv");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";" });
        var rows = new List<string[]>();
        Assert.True(await csv.ReadAsync());
        Assert.Equal("Parcours", csv.GetField(0));
        while (await csv.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        }

        return rows;
    }

    private HttpClient Client()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    private void SignUp(string parcours, Participant participant) =>
        Assert.Equal(SignUpOutcome.Confirmed, _factory.Services.GetRequiredService<ISignUpService>()
            .SignUp(parcours, participant, $"test:{participant.Email}", DateTimeOffset.UtcNow).Outcome);

    private void Wait(string parcours, Participant participant) =>
        Assert.Equal(SignUpOutcome.Waiting, _factory.Services.GetRequiredService<ISignUpService>()
            .JoinWaitingList(parcours, participant, $"test:{participant.Email}", DateTimeOffset.UtcNow).Outcome);
}
