namespace EventBot.Dialogs.Framework;

/// <summary>What the dialog layer itself says.</summary>
internal static class FrameworkTexts
{
    public const string NotAChoice = "Je n'ai pas reconnu votre choix.";
    public const string GiveUp =
        "Je n'arrive pas à comprendre votre choix, je laisse cette question de côté. " +
        "Posez-moi une autre question quand vous voulez, ou tapez « aide ».";
}
