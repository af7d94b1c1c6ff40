# prezenca — shqip
participants-count = { $count } pjesëmarrës
sessions-count = { $count ->
    [one] { $count } seancë
   *[other] { $count } seanca
}
language-name = Shqip
language-switched = Gjuha: shqip
