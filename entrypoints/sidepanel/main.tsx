document.getElementById('app')!.textContent = 'Wiki Wayfinder';
