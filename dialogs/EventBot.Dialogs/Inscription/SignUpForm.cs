using EventBot.Domain.SignUps;

namespace EventBot.Dialogs.Inscription;

/// <summary>
/// The answers gathered so far, kept in the dialog's state between turns as plain strings
/// (the state is serialised with type names).
/// </summary>
internal sealed class SignUpForm(Dictionary<string, object?> state)
{
    public string? ParcoursId { get => Get("parcours"); set => state["parcours"] = value; }
    public string? FirstName { get => Get("first"); set => state["first"] = value; }
    public string? LastName { get => Get("last"); set => state["last"] = value; }
    public string? Email { get => Get("email"); set => state["email"] = value; }
    public string? Organisation { get => Get("org"); set => state["org"] = value; }

    public Profile? Profile
    {
        get => Enum.TryParse<Profile>(Get("profile"), out var p) ? p : null;
        set => state["profile"] = value?.ToString();
    }

    public bool Consent { get => Get("consent") == "yes"; set => state["consent"] = value ? "yes" : null; }

    /// <summary>The step whose answer is awaited.</summary>
    public SignUpStep Step
    {
        get => Enum.TryParse<SignUpStep>(Get("step"), out var s) ? s : SignUpStep.Parcours;
        set => state["step"] = value.ToString();
    }

    /// <summary>When changing parcours: the sign-up being changed.</summary>
    public string? ChangingId { get => Get("changing"); set => state["changing"] = value; }

    public int Attempts
    {
        get => int.TryParse(Get("attempts"), out var n) ? n : 0;
        set => state["attempts"] = value.ToString();
    }

    /// <summary>The first step still missing an answer, in the order they are asked.</summary>
    public SignUpStep NextMissing() =>
        ParcoursId is null ? SignUpStep.Parcours
        : FirstName is null ? SignUpStep.Name
        : LastName is null ? SignUpStep.LastName
        : Email is null ? SignUpStep.Email
        : Organisation is null ? SignUpStep.Organisation
        : Profile is null ? SignUpStep.Profile
        : !Consent ? SignUpStep.Consent
        : SignUpStep.Summary;

    public Participant ToParticipant() => new(FirstName!, LastName!, Email!, Organisation!, Profile!.Value);

    private string? Get(string key) => state.TryGetValue(key, out var value) ? value?.ToString() : null;
}

internal enum SignUpStep
{
    Parcours,
    Name,
    LastName,
    Email,
    Organisation,
    Profile,
    Consent,
    Summary,
    Full,
    AlreadySignedUp,
}
