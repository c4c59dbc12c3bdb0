# <!-- expect: context/readme-missing-commands -->
echo build
