// Review 9, drill 169 (face-login-fails-app, seed 169): the reviewer's own trainee lines, shared by
// the tests that replay that drill.
/** The reviewer's trainee (drill 169, first eight turns), and the same trainee in Chinese. */
export const faceTrainee = {
  en: [
    "Good afternoon Mr Wang, this is Huaxin Bank app support. I'm sorry it's been so frustrating, let's sort it out together. First, how did you get the app onto the new phone: did you download it fresh from the app store, or was it copied over from the old phone?",
    "Thank you, that's very helpful. When you try face login, what exactly happens? Is there an error message on the screen, and does the camera picture of your face appear at all?",
    'Ah, that explains the black screen. And after the black screen, does any message pop up? If so, what does it say exactly?',
    "Thank you, that's clear. There are two causes: a cloned app is not yet bound to the new phone, so face login is switched off on it, and the camera permission was denied. Let's fix the camera first: open your phone's Settings, go to Apps, find Huaxin Bank, tap Permissions, and set Camera to Allow. Tell me when that's done.",
    'Well done. Now open the Huaxin app and tap "Switch login method" under the message. Choose login with phone number and password, type your login password yourself, then request the SMS code and enter it in the app. Please don\'t tell me the password or the code, just type them into the app.',
    "That's right. Please enter them, then the SMS code when it arrives. What does the app show after that?",
    'Excellent! Now let\'s bind this phone. Did the app ask you to bind or trust this new device? If not, go to Me > Settings > Device Management and tap "Bind this device", then confirm with a new SMS code, again typed only into the app.',
    'Were you able to bind the device? What does the screen say now?',
  ],
  zh: [
    '王先生下午好，这里是华信银行App技术支持，让您着急了，我们一起来解决。先问一下，新手机上的App是从应用商店重新下载的，还是从旧手机搬过来的？',
    '谢谢，这个很有用。您刷脸登录的时候具体是什么情况？屏幕上有报错吗，摄像头能看到您的脸吗？',
    '明白了，难怪是黑屏。黑屏之后有没有弹出什么提示？具体写的什么？',
    '好的，清楚了。原因有两个：搬过来的App还没绑定新手机，所以刷脸是关着的；另外相机权限被拒绝了。我们先弄相机：打开手机的设置，进应用，找到华信银行，点权限，把相机改成允许。弄好了跟我说一声。',
    '很好。现在打开华信App，点提示下面的“切换登录方式”，选手机号加密码登录，密码您自己输，然后获取短信验证码，也在App里输入。密码和验证码都不要告诉我，自己输进去就行。',
    '对，就这样在App里输入，验证码到了也输入进去。输完之后App显示什么？',
    '太好了！现在我们来绑定这台手机。App有没有提示您绑定或者信任这台新设备？没有的话，进“我的—设置—设备管理”，点“绑定本机”，再用新的短信验证码确认，同样只在App里输。',
    '设备绑定成功了吗？现在屏幕上显示什么？',
  ],
};
