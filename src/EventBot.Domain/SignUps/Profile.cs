namespace EventBot.Domain.SignUps;

/// <summary>Who a participant is, among the participants the Pop-Up's page names.</summary>
public enum Profile
{
    Elu,
    ActeurLocal,
    ActeurNational,
    Citoyen,
    Universitaire,
    Entrepreneur,
    Autre,
}
