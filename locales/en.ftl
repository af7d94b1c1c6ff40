# prezenca — English
participants-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
sessions-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
language-name = English
language-switched = Language: English
