using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Outreach;

/// <summary>The announcements API: behind the organisers' keys, and a clear French 400 for every bad request.</summary>
public sealed class AnnouncementApiTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly OutreachTestBed _host;

    public AnnouncementApiTests() => _host = new OutreachTestBed(_folder.ConnectionString());

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/api/organisers/announcements" },
        { "GET", "/api/organisers/announcements" },
        { "GET", "/api/organisers/announcements/abc" },
    };

    private static HttpRequestMessage Request(string method, string path, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { text = "Bonjour à tous." });
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_key_it_is_401_and_with_a_wrong_one_403(string method, string path)
    {
        using var none = await _host.Client.SendAsync(Request(method, path, null));
        using var wrong = await _host.Client.SendAsync(Request(method, path, "pas-la-bonne-clé"));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Empty(await _host.Organiser.GetFromJsonAsync<JsonElement[]>("/api/organisers/announcements") ?? []);
        Assert.DoesNotContain("pas-la-bonne-clé", _host.Factory.Logs.Text);
    }

    [Fact]
    public async Task With_the_key_an_announcement_is_accepted_reported_and_listed()
    {
        using var response = await _host.Client.SendAsync(Request("POST", "/api/organisers/announcements", OutreachTestBed.Key));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Equal(0, accepted.GetProperty("recipients").GetInt32());
        Assert.Equal($"/api/organisers/announcements/{id}", response.Headers.Location!.OriginalString);

        var report = await _host.ReportAsync(id);
        Assert.Equal("Bonjour à tous.", report.GetProperty("text").GetString());
        Assert.Equal("tous", report.GetProperty("audience").GetString());
        Assert.Equal(0, report.GetProperty("deliveries").GetArrayLength());

        var list = await _host.Organiser.GetFromJsonAsync<JsonElement[]>("/api/organisers/announcements");
        Assert.Equal(id, Assert.Single(list!).GetProperty("id").GetString());
        Assert.Equal(0, list![0].GetProperty("counts").GetProperty("sent").GetInt32());
    }

    [Fact]
    public async Task A_parcours_is_found_by_its_name_in_any_case_and_accents_and_the_list_is_newest_first()
    {
        var signUps = _host.Get<ISignUpService>();
        signUps.SignUp("emergence", new Participant("Ana", "Test", "ana@exemple.fr", "Asso", Profile.Autre), "emulator:ana", DateTimeOffset.UtcNow);

        var first = await _host.AnnounceAcceptedAsync(new { text = "Un.", parcours = "ÉMERGENCE" }, expectedRecipients: 1);
        var second = await _host.AnnounceAcceptedAsync(new { text = "Deux.", parcours = "attractivite", day = "2019-10-16", audience = "Inscrits" }, 0);

        Assert.Equal("emergence", (await _host.ReportAsync(first)).GetProperty("parcoursId").GetString());
        Assert.Equal("2019-10-16", (await _host.ReportAsync(second)).GetProperty("day").GetString());
        var list = await _host.Organiser.GetFromJsonAsync<JsonElement[]>("/api/organisers/announcements");
        Assert.Equal([second, first], list!.Select(a => a.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("""{"text": ""}""", "texte de l'annonce est vide")]
    [InlineData("""{"text": "   "}""", "texte de l'annonce est vide")]
    [InlineData("""{"parcours": "emergence"}""", "texte de l'annonce est vide")]
    [InlineData("""{"text": "Bonjour", "parcours": "cuisine"}""", "Je ne connais pas le parcours « cuisine »")]
    [InlineData("""{"text": "Bonjour", "day": "16/10/2019"}""", "format AAAA-MM-JJ")]
    [InlineData("""{"text": "Bonjour", "day": "2019-10-32"}""", "format AAAA-MM-JJ")]
    [InlineData("""{"text": "Bonjour", "day": "2019-10-21"}""", "du lundi 14 octobre 2019 au vendredi 18 octobre 2019")]
    [InlineData("""{"text": "Bonjour", "day": "2019-10-14"}""", "Aucun parcours n'a lieu le lundi 14 octobre 2019")]
    [InlineData("""{"text": "Bonjour", "parcours": "emergence", "day": "2019-10-17"}""", "Le parcours Emergence n'a pas lieu le jeudi 17 octobre 2019")]
    [InlineData("""{"text": "Bonjour", "sendAt": "demain matin"}""", "ISO 8601")]
    [InlineData("""{"text": "Bonjour", "audience": "les élus"}""", "« inscrits », « attente » ou « tous »")]
    [InlineData("""{"text": 42}""", "doit être un objet JSON")]
    [InlineData("""["Bonjour"]""", "doit être un objet JSON")]
    [InlineData("""{"text": "Bonjour",""", "doit être un objet JSON")]
    [InlineData("", "doit être un objet JSON")]
    public async Task A_bad_request_is_400_saying_what_is_wrong_in_French(string body, string expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _host.Organiser.PostAsync("/api/organisers/announcements", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        Assert.Equal("Annonce refusée", problem.GetProperty("title").GetString());
        Assert.Empty(await _host.Organiser.GetFromJsonAsync<JsonElement[]>("/api/organisers/announcements") ?? []);
    }

    [Fact]
    public async Task Every_problem_of_a_request_is_listed_at_once()
    {
        using var response = await _host.AnnounceAsync(new { text = new string('a', 2001), parcours = "cuisine", day = "hier" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e!.Contains("trop long : 2000 caractères au plus"));
    }

    [Fact]
    public async Task A_text_of_the_maximum_length_is_accepted()
    {
        await _host.AnnounceAcceptedAsync(new { text = new string('a', 2000) }, 0);
    }

    [Fact]
    public async Task An_unknown_announcement_is_404_in_French()
    {
        using var response = await _host.Organiser.GetAsync("/api/organisers/announcements/inconnue");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Aucune annonce n'a l'identifiant « inconnue »", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_send_time_without_offset_is_Paris_time()
    {
        var id = await _host.AnnounceAcceptedAsync(new { text = "Plus tard.", sendAt = "2030-10-16T09:00:00" }, 0);

        var sendAt = DateTimeOffset.Parse((await _host.ReportAsync(id)).GetProperty("sendAt").GetString()!);
        Assert.Equal(new DateTimeOffset(2030, 10, 16, 7, 0, 0, TimeSpan.Zero), sendAt);
    }
}
